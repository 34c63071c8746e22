#pragma once

// Private to core/media: RAII ownership of GStreamer objects. Never include this from a
// public header; GStreamer types do not leave core/media.

#include <gst/gst.h>

#include <utility>

namespace pontive::core::gst {

// One owning reference to a GStreamer object. adopt() takes over a reference the caller
// already owns, retain() adds one, adoptFloating() sinks a floating reference (what
// gst_element_factory_make returns).
template <class Traits>
class Handle
{
public:
    using Type = typename Traits::Type;

    Handle() = default;
    ~Handle() { reset(); }
    Handle(const Handle &other) : m_ptr(other.m_ptr) { if (m_ptr) Traits::ref(m_ptr); }
    Handle(Handle &&other) noexcept : m_ptr(std::exchange(other.m_ptr, nullptr)) {}
    Handle &operator=(Handle other) noexcept
    {
        std::swap(m_ptr, other.m_ptr);
        return *this;
    }

    static Handle adopt(Type *ptr) { return Handle(ptr); }
    static Handle retain(Type *ptr)
    {
        if (ptr)
            Traits::ref(ptr);
        return Handle(ptr);
    }
    static Handle adoptFloating(Type *ptr)
    {
        if (ptr)
            Traits::refSink(ptr);
        return Handle(ptr);
    }

    Type *get() const { return m_ptr; }
    Type *release() { return std::exchange(m_ptr, nullptr); }
    explicit operator bool() const { return m_ptr != nullptr; }
    void reset()
    {
        if (auto *ptr = std::exchange(m_ptr, nullptr))
            Traits::unref(ptr);
    }

private:
    explicit Handle(Type *ptr) : m_ptr(ptr) {}
    Type *m_ptr = nullptr;
};

template <class T>
struct GstObjectTraits {
    using Type = T;
    static void ref(T *ptr) { gst_object_ref(ptr); }
    static void refSink(T *ptr) { gst_object_ref_sink(ptr); }
    static void unref(T *ptr) { gst_object_unref(ptr); }
};

template <class T>
struct MiniObjectTraits {
    using Type = T;
    static void ref(T *ptr) { gst_mini_object_ref(GST_MINI_OBJECT_CAST(ptr)); }
    static void refSink(T *ptr) { ref(ptr); } // mini objects are never floating
    static void unref(T *ptr) { gst_mini_object_unref(GST_MINI_OBJECT_CAST(ptr)); }
};

using ElementHandle = Handle<GstObjectTraits<GstElement>>;
using BusHandle = Handle<GstObjectTraits<GstBus>>;
using PadHandle = Handle<GstObjectTraits<GstPad>>;
using CapsHandle = Handle<MiniObjectTraits<GstCaps>>;
using SampleHandle = Handle<MiniObjectTraits<GstSample>>;
using MessageHandle = Handle<MiniObjectTraits<GstMessage>>;

} // namespace pontive::core::gst
