// Project-written gSOAP header: the ONVIF subset Pontive uses (Device, Media, Media2,
// PTZ) plus WS-Security and WS-Discovery. soapcpp2 turns it into client and server
// code at build time (see onvif/CMakeLists.txt). Declaring only what we use keeps the
// generated code ~10x smaller than the official WSDLs; unknown elements in replies are
// skipped by gSOAP, and vendor-variable enumerations are plain strings on purpose.

#import "stlvector.h"
#import "wsse.h"
#import "wsdd10.h"
#import "custom/duration.h"

//gsoap tt    schema namespace: http://www.onvif.org/ver10/schema
//gsoap tt    schema elementForm: qualified
//gsoap tt    schema attributeForm: unqualified
//gsoap tds   schema namespace: http://www.onvif.org/ver10/device/wsdl
//gsoap tds   schema elementForm: qualified
//gsoap tds   schema attributeForm: unqualified
//gsoap trt   schema namespace: http://www.onvif.org/ver10/media/wsdl
//gsoap trt   schema elementForm: qualified
//gsoap trt   schema attributeForm: unqualified
//gsoap tr2   schema namespace: http://www.onvif.org/ver20/media/wsdl
//gsoap tr2   schema elementForm: qualified
//gsoap tr2   schema attributeForm: unqualified
//gsoap tptz  schema namespace: http://www.onvif.org/ver20/ptz/wsdl
//gsoap tptz  schema elementForm: qualified
//gsoap tptz  schema attributeForm: unqualified
//gsoap ter   schema namespace: http://www.onvif.org/ver10/error
//gsoap dn    schema namespace: http://www.onvif.org/ver10/network/wsdl

// ---- tt: shared types -------------------------------------------------------------
class tt__Date { public: int Year 1; int Month 1; int Day 1; };
class tt__Time { public: int Hour 1; int Minute 1; int Second 1; };
class tt__DateTime { public: tt__Time *Time 1; tt__Date *Date 1; };
class tt__TimeZone { public: std::string TZ 1; };
class tt__SystemDateTime {
public:
    std::string DateTimeType 1;  // Manual | NTP
    bool DaylightSavings 1;
    tt__TimeZone *TimeZone 0;
    tt__DateTime *UTCDateTime 0;
    tt__DateTime *LocalDateTime 0;
};

class tt__DeviceCapabilities { public: std::string XAddr 1; };
class tt__MediaCapabilities { public: std::string XAddr 1; };
class tt__PTZCapabilities { public: std::string XAddr 1; };
class tt__Capabilities {
public:
    tt__DeviceCapabilities *Device 0;
    tt__MediaCapabilities *Media 0;
    tt__PTZCapabilities *PTZ 0;
};

class tt__OnvifVersion { public: int Major 1; int Minor 1; };

class tt__VideoResolution { public: int Width 1; int Height 1; };
class tt__VideoResolution2 { public: int Width 1; int Height 1; };
class tt__VideoEncoderConfiguration {
public:
    std::string Name 1;
    int UseCount 1;
    std::string Encoding 1;  // JPEG | MPEG4 | H264
    tt__VideoResolution *Resolution 0;
    @std::string token 1;
};
class tt__VideoEncoder2Configuration {
public:
    std::string Name 1;
    int UseCount 1;
    std::string Encoding 1;  // JPEG | MPV4-ES | H264 | H265
    tt__VideoResolution2 *Resolution 0;
    @std::string token 1;
};
class tt__PTZConfiguration {
public:
    std::string Name 1;
    int UseCount 1;
    std::string NodeToken 1;
    xsd__duration *DefaultPTZTimeout 0;
    @std::string token 1;
};
class tt__Profile {
public:
    std::string Name 1;
    tt__VideoEncoderConfiguration *VideoEncoderConfiguration 0;
    tt__PTZConfiguration *PTZConfiguration 0;
    @std::string token 1;
    @bool *fixed 0;
};
class tt__Transport { public: std::string Protocol 1; tt__Transport *Tunnel 0; };
class tt__StreamSetup { public: std::string Stream 1; tt__Transport *Transport 1; };
class tt__MediaUri {
public:
    std::string Uri 1;
    bool InvalidAfterConnect 1;
    bool InvalidAfterReboot 1;
    xsd__duration Timeout 1;
};

class tt__Vector2D { public: @double x 1; @double y 1; @std::string *space 0; };
class tt__Vector1D { public: @double x 1; @std::string *space 0; };
class tt__PTZVector { public: tt__Vector2D *PanTilt 0; tt__Vector1D *Zoom 0; };
class tt__PTZSpeed { public: tt__Vector2D *PanTilt 0; tt__Vector1D *Zoom 0; };
class tt__PTZMoveStatus { public: std::string *PanTilt 0; std::string *Zoom 0; };  // IDLE | MOVING | UNKNOWN
class tt__PTZStatus {
public:
    tt__PTZVector *Position 0;
    tt__PTZMoveStatus *MoveStatus 0;
    std::string *Error 0;
    time_t UtcTime 1;
};
class tt__PTZPreset {
public:
    std::string *Name 0;
    tt__PTZVector *PTZPosition 0;
    @std::string *token 0;
};
class tt__FloatRange { public: float Min 1; float Max 1; };
class tt__DurationRange { public: xsd__duration Min 1; xsd__duration Max 1; };
class tt__Space2DDescription { public: std::string URI 1; tt__FloatRange *XRange 1; tt__FloatRange *YRange 1; };
class tt__Space1DDescription { public: std::string URI 1; tt__FloatRange *XRange 1; };
class tt__PTZSpaces {
public:
    std::vector<tt__Space2DDescription*> AbsolutePanTiltPositionSpace 0;
    std::vector<tt__Space1DDescription*> AbsoluteZoomPositionSpace 0;
    std::vector<tt__Space2DDescription*> RelativePanTiltTranslationSpace 0;
    std::vector<tt__Space1DDescription*> RelativeZoomTranslationSpace 0;
    std::vector<tt__Space2DDescription*> ContinuousPanTiltVelocitySpace 0;
    std::vector<tt__Space1DDescription*> ContinuousZoomVelocitySpace 0;
    std::vector<tt__Space1DDescription*> PanTiltSpeedSpace 0;
    std::vector<tt__Space1DDescription*> ZoomSpeedSpace 0;
};
class tt__PTZNode {
public:
    std::string *Name 0;
    tt__PTZSpaces *SupportedPTZSpaces 1;
    int MaximumNumberOfPresets 1;
    bool HomeSupported 1;
    @std::string token 1;
    @bool *FixedHomePosition 0;
};
class tt__PTZConfigurationOptions {
public:
    tt__PTZSpaces *Spaces 1;
    tt__DurationRange *PTZTimeout 1;
};

// ---- tds: Device ------------------------------------------------------------------
class tds__Service {
public:
    std::string Namespace 1;
    std::string XAddr 1;
    tt__OnvifVersion *Version 1;
};
class _tds__GetSystemDateAndTime { };
class _tds__GetSystemDateAndTimeResponse { public: tt__SystemDateTime *SystemDateAndTime 1; };
class _tds__GetDeviceInformation { };
class _tds__GetDeviceInformationResponse {
public:
    std::string Manufacturer 1;
    std::string Model 1;
    std::string FirmwareVersion 1;
    std::string SerialNumber 1;
    std::string HardwareId 1;
};
class _tds__GetCapabilities { public: std::vector<std::string> Category 0; };
class _tds__GetCapabilitiesResponse { public: tt__Capabilities *Capabilities 1; };
class _tds__GetServices { public: bool IncludeCapability 1; };
class _tds__GetServicesResponse { public: std::vector<tds__Service*> Service 1; };

// ---- trt: Media -------------------------------------------------------------------
class _trt__GetProfiles { };
class _trt__GetProfilesResponse { public: std::vector<tt__Profile*> Profiles 0; };
class _trt__GetStreamUri { public: tt__StreamSetup *StreamSetup 1; std::string ProfileToken 1; };
class _trt__GetStreamUriResponse { public: tt__MediaUri *MediaUri 1; };
class _trt__GetSnapshotUri { public: std::string ProfileToken 1; };
class _trt__GetSnapshotUriResponse { public: tt__MediaUri *MediaUri 1; };

// ---- tr2: Media2 ------------------------------------------------------------------
class tr2__ConfigurationSet {
public:
    tt__VideoEncoder2Configuration *VideoEncoder 0;
    tt__PTZConfiguration *PTZ 0;
};
class tr2__MediaProfile {
public:
    std::string Name 1;
    tr2__ConfigurationSet *Configurations 0;
    @std::string token 1;
    @bool *fixed 0;
};
class _tr2__GetProfiles { public: std::string *Token 0; std::vector<std::string> Type 0; };
class _tr2__GetProfilesResponse { public: std::vector<tr2__MediaProfile*> Profiles 0; };
class _tr2__GetStreamUri { public: std::string Protocol 1; std::string ProfileToken 1; };
class _tr2__GetStreamUriResponse { public: std::string Uri 1; };
class _tr2__GetSnapshotUri { public: std::string ProfileToken 1; };
class _tr2__GetSnapshotUriResponse { public: std::string Uri 1; };

// ---- tptz: PTZ --------------------------------------------------------------------
class _tptz__ContinuousMove {
public:
    std::string ProfileToken 1;
    tt__PTZSpeed *Velocity 1;
    xsd__duration *Timeout 0;
};
class _tptz__ContinuousMoveResponse { };
class _tptz__Stop { public: std::string ProfileToken 1; bool *PanTilt 0; bool *Zoom 0; };
class _tptz__StopResponse { };
class _tptz__RelativeMove {
public:
    std::string ProfileToken 1;
    tt__PTZVector *Translation 1;
    tt__PTZSpeed *Speed 0;
};
class _tptz__RelativeMoveResponse { };
class _tptz__AbsoluteMove {
public:
    std::string ProfileToken 1;
    tt__PTZVector *Position 1;
    tt__PTZSpeed *Speed 0;
};
class _tptz__AbsoluteMoveResponse { };
class _tptz__GetStatus { public: std::string ProfileToken 1; };
class _tptz__GetStatusResponse { public: tt__PTZStatus *PTZStatus 1; };
class _tptz__GetPresets { public: std::string ProfileToken 1; };
class _tptz__GetPresetsResponse { public: std::vector<tt__PTZPreset*> Preset 0; };
class _tptz__GotoPreset {
public:
    std::string ProfileToken 1;
    std::string PresetToken 1;
    tt__PTZSpeed *Speed 0;
};
class _tptz__GotoPresetResponse { };
class _tptz__SetPreset {
public:
    std::string ProfileToken 1;
    std::string *PresetName 0;
    std::string *PresetToken 0;
};
class _tptz__SetPresetResponse { public: std::string PresetToken 1; };
class _tptz__RemovePreset { public: std::string ProfileToken 1; std::string PresetToken 1; };
class _tptz__RemovePresetResponse { };
class _tptz__GotoHomePosition { public: std::string ProfileToken 1; tt__PTZSpeed *Speed 0; };
class _tptz__GotoHomePositionResponse { };
class _tptz__GetNodes { };
class _tptz__GetNodesResponse { public: std::vector<tt__PTZNode*> PTZNode 0; };
class _tptz__GetConfigurationOptions { public: std::string ConfigurationToken 1; };
class _tptz__GetConfigurationOptionsResponse { public: tt__PTZConfigurationOptions *PTZConfigurationOptions 1; };

// ---- services ---------------------------------------------------------------------
//gsoap tds service name: Device
//gsoap tds service style: document
//gsoap tds service encoding: literal
//gsoap tds service namespace: http://www.onvif.org/ver10/device/wsdl
//gsoap tds service method-action: GetSystemDateAndTime http://www.onvif.org/ver10/device/wsdl/GetSystemDateAndTime
int __tds__GetSystemDateAndTime(_tds__GetSystemDateAndTime *tds__GetSystemDateAndTime, _tds__GetSystemDateAndTimeResponse &tds__GetSystemDateAndTimeResponse);
//gsoap tds service method-action: GetDeviceInformation http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation
int __tds__GetDeviceInformation(_tds__GetDeviceInformation *tds__GetDeviceInformation, _tds__GetDeviceInformationResponse &tds__GetDeviceInformationResponse);
//gsoap tds service method-action: GetCapabilities http://www.onvif.org/ver10/device/wsdl/GetCapabilities
int __tds__GetCapabilities(_tds__GetCapabilities *tds__GetCapabilities, _tds__GetCapabilitiesResponse &tds__GetCapabilitiesResponse);
//gsoap tds service method-action: GetServices http://www.onvif.org/ver10/device/wsdl/GetServices
int __tds__GetServices(_tds__GetServices *tds__GetServices, _tds__GetServicesResponse &tds__GetServicesResponse);

//gsoap trt service name: Media
//gsoap trt service style: document
//gsoap trt service encoding: literal
//gsoap trt service namespace: http://www.onvif.org/ver10/media/wsdl
//gsoap trt service method-action: GetProfiles http://www.onvif.org/ver10/media/wsdl/GetProfiles
int __trt__GetProfiles(_trt__GetProfiles *trt__GetProfiles, _trt__GetProfilesResponse &trt__GetProfilesResponse);
//gsoap trt service method-action: GetStreamUri http://www.onvif.org/ver10/media/wsdl/GetStreamUri
int __trt__GetStreamUri(_trt__GetStreamUri *trt__GetStreamUri, _trt__GetStreamUriResponse &trt__GetStreamUriResponse);
//gsoap trt service method-action: GetSnapshotUri http://www.onvif.org/ver10/media/wsdl/GetSnapshotUri
int __trt__GetSnapshotUri(_trt__GetSnapshotUri *trt__GetSnapshotUri, _trt__GetSnapshotUriResponse &trt__GetSnapshotUriResponse);

//gsoap tr2 service name: Media2
//gsoap tr2 service style: document
//gsoap tr2 service encoding: literal
//gsoap tr2 service namespace: http://www.onvif.org/ver20/media/wsdl
//gsoap tr2 service method-action: GetProfiles http://www.onvif.org/ver20/media/wsdl/GetProfiles
int __tr2__GetProfiles(_tr2__GetProfiles *tr2__GetProfiles, _tr2__GetProfilesResponse &tr2__GetProfilesResponse);
//gsoap tr2 service method-action: GetStreamUri http://www.onvif.org/ver20/media/wsdl/GetStreamUri
int __tr2__GetStreamUri(_tr2__GetStreamUri *tr2__GetStreamUri, _tr2__GetStreamUriResponse &tr2__GetStreamUriResponse);
//gsoap tr2 service method-action: GetSnapshotUri http://www.onvif.org/ver20/media/wsdl/GetSnapshotUri
int __tr2__GetSnapshotUri(_tr2__GetSnapshotUri *tr2__GetSnapshotUri, _tr2__GetSnapshotUriResponse &tr2__GetSnapshotUriResponse);

//gsoap tptz service name: PTZ
//gsoap tptz service style: document
//gsoap tptz service encoding: literal
//gsoap tptz service namespace: http://www.onvif.org/ver20/ptz/wsdl
//gsoap tptz service method-action: ContinuousMove http://www.onvif.org/ver20/ptz/wsdl/ContinuousMove
int __tptz__ContinuousMove(_tptz__ContinuousMove *tptz__ContinuousMove, _tptz__ContinuousMoveResponse &tptz__ContinuousMoveResponse);
//gsoap tptz service method-action: Stop http://www.onvif.org/ver20/ptz/wsdl/Stop
int __tptz__Stop(_tptz__Stop *tptz__Stop, _tptz__StopResponse &tptz__StopResponse);
//gsoap tptz service method-action: RelativeMove http://www.onvif.org/ver20/ptz/wsdl/RelativeMove
int __tptz__RelativeMove(_tptz__RelativeMove *tptz__RelativeMove, _tptz__RelativeMoveResponse &tptz__RelativeMoveResponse);
//gsoap tptz service method-action: AbsoluteMove http://www.onvif.org/ver20/ptz/wsdl/AbsoluteMove
int __tptz__AbsoluteMove(_tptz__AbsoluteMove *tptz__AbsoluteMove, _tptz__AbsoluteMoveResponse &tptz__AbsoluteMoveResponse);
//gsoap tptz service method-action: GetStatus http://www.onvif.org/ver20/ptz/wsdl/GetStatus
int __tptz__GetStatus(_tptz__GetStatus *tptz__GetStatus, _tptz__GetStatusResponse &tptz__GetStatusResponse);
//gsoap tptz service method-action: GetPresets http://www.onvif.org/ver20/ptz/wsdl/GetPresets
int __tptz__GetPresets(_tptz__GetPresets *tptz__GetPresets, _tptz__GetPresetsResponse &tptz__GetPresetsResponse);
//gsoap tptz service method-action: GotoPreset http://www.onvif.org/ver20/ptz/wsdl/GotoPreset
int __tptz__GotoPreset(_tptz__GotoPreset *tptz__GotoPreset, _tptz__GotoPresetResponse &tptz__GotoPresetResponse);
//gsoap tptz service method-action: SetPreset http://www.onvif.org/ver20/ptz/wsdl/SetPreset
int __tptz__SetPreset(_tptz__SetPreset *tptz__SetPreset, _tptz__SetPresetResponse &tptz__SetPresetResponse);
//gsoap tptz service method-action: RemovePreset http://www.onvif.org/ver20/ptz/wsdl/RemovePreset
int __tptz__RemovePreset(_tptz__RemovePreset *tptz__RemovePreset, _tptz__RemovePresetResponse &tptz__RemovePresetResponse);
//gsoap tptz service method-action: GotoHomePosition http://www.onvif.org/ver20/ptz/wsdl/GotoHomePosition
int __tptz__GotoHomePosition(_tptz__GotoHomePosition *tptz__GotoHomePosition, _tptz__GotoHomePositionResponse &tptz__GotoHomePositionResponse);
//gsoap tptz service method-action: GetNodes http://www.onvif.org/ver20/ptz/wsdl/GetNodes
int __tptz__GetNodes(_tptz__GetNodes *tptz__GetNodes, _tptz__GetNodesResponse &tptz__GetNodesResponse);
//gsoap tptz service method-action: GetConfigurationOptions http://www.onvif.org/ver20/ptz/wsdl/GetConfigurationOptions
int __tptz__GetConfigurationOptions(_tptz__GetConfigurationOptions *tptz__GetConfigurationOptions, _tptz__GetConfigurationOptionsResponse &tptz__GetConfigurationOptionsResponse);
