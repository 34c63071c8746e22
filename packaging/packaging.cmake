# Desktop integration and the Debian package: install rules for the desktop entry, the
# AppStream metainfo, the hicolor icons, the manual pages, the kiosk user unit and the
# Debian documents, and CPack's DEB generator (`make package`). The executables install
# from their own folders; translations and styles are compiled into them (resources/).
set(PONTIVE_PACKAGE_MAINTAINER "Pontive Wall maintainers <pontive-wall@example.org>"
    CACHE STRING "Maintainer of the Debian package (name <address>)")
set(PONTIVE_APP_ID id.pontive.wall)
# cpack (and `install`) package the tree as built: they do not build `all` first, so the
# package test never rebuilds the project (`make package` builds before packaging).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(_pkg_src ${CMAKE_CURRENT_LIST_DIR})
set(_pkg_gen ${PROJECT_BINARY_DIR}/packaging)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(PONTIVE_DEB_VERSION "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")

# Desktop entry and AppStream metainfo.
install(FILES ${_pkg_src}/desktop/${PONTIVE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${_pkg_src}/desktop/${PONTIVE_APP_ID}.metainfo.xml ${_pkg_gen}/${PONTIVE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${_pkg_gen}/${PONTIVE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the scalable one as drawn, PNGs rendered from it at build time.
set(_icon_svg ${_pkg_src}/icons/${PONTIVE_APP_ID}.svg)
install(FILES ${_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
find_program(PONTIVE_RSVG_CONVERT rsvg-convert)
set(_pkg_outputs)
if(PONTIVE_RSVG_CONVERT)
  foreach(_size 16 22 24 32 48 64 128 256)
    set(_png ${_pkg_gen}/icons/${_size}x${_size}/${PONTIVE_APP_ID}.png)
    add_custom_command(OUTPUT ${_png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${_pkg_gen}/icons/${_size}x${_size}
      COMMAND ${PONTIVE_RSVG_CONVERT} -w ${_size} -h ${_size} -o ${_png} ${_icon_svg}
      DEPENDS ${_icon_svg} VERBATIM)
    list(APPEND _pkg_outputs ${_png})
    install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
  endforeach()
else()
  message(WARNING "rsvg-convert (librsvg2-bin) not found: the package gets the scalable icon only")
endif()

# Manual pages and the Debian changelog, gzipped reproducibly (-n: no name, no time).
function(pontive_gzip_file _in _out)
  add_custom_command(OUTPUT ${_out}
    COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${_in} ${_out}
    DEPENDS ${_in} VERBATIM)
  set(_pkg_outputs ${_pkg_outputs} ${_out} PARENT_SCOPE)
endfunction()
foreach(_page pontivectl pontive-wall pontive-camsim)
  configure_file(${_pkg_src}/man/${_page}.1 ${_pkg_gen}/man/${_page}.1 @ONLY)
  pontive_gzip_file(${_pkg_gen}/man/${_page}.1 ${_pkg_gen}/man/${_page}.1.gz)
  install(FILES ${_pkg_gen}/man/${_page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
configure_file(${_pkg_src}/debian/changelog ${_pkg_gen}/debian/changelog @ONLY)
pontive_gzip_file(${_pkg_gen}/debian/changelog ${_pkg_gen}/debian/changelog.Debian.gz)
configure_file(${_pkg_src}/debian/copyright ${_pkg_gen}/debian/copyright @ONLY)
install(FILES ${_pkg_gen}/debian/changelog.Debian.gz ${_pkg_gen}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pontive-wall)
add_custom_target(pontive_package_files ALL DEPENDS ${_pkg_outputs})

# The kiosk: a systemd user unit the admin enables for the wall PC's user.
install(FILES ${_pkg_src}/systemd/pontive-wall-kiosk.service DESTINATION lib/systemd/user)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pontive-wall)
set(CPACK_PACKAGE_VENDOR "Diskominfo Kota Pontianak")
set(CPACK_PACKAGE_CONTACT "${PONTIVE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "video wall, PTZ control and room booking for a CCTV command room")
set(CPACK_PACKAGE_DESCRIPTION
    "Pontive Wall is the console and video wall of the Pontive Center, the
command room of Pontianak city. Operators watch the city's CCTV cameras
(RTSP, ONVIF) in free-form layouts on every monitor, steer the PTZ cameras,
record why a camera is offline and book the room for meetings.
This package holds pontive-wall (console and wall), pontivectl (command
line for admins) and pontive-camsim (simulated cameras), and a systemd user
unit for an unattended wall that restarts itself.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PONTIVE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# What the binaries load at run time and dpkg-shlibdeps cannot see: the SQLite driver,
# the X11 platform plugin and the GStreamer elements of the video pipeline.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad, gstreamer1.0-libav")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, gstreamer1.0-plugins-ugly, gstreamer1.0-x")
include(CPack)
