# Desktop integration files, deployment of Qt on Windows/macOS, and CPack (issue 9).
# Included from the top-level CMakeLists.txt after the targets exist. The executables' own
# install rules are in app/gui and app/cli.
#
#   Linux:   DEB + TGZ        cpack --config build/CPackConfig.cmake   (scripts/package.sh)
#   Windows: NSIS installer   windeployqt copies Qt next to the .exe files at install time
#   macOS:   DragNDrop (.dmg) macdeployqt makes otp-manager.app self-contained
include(GNUInstallDirs)

set(OTP_APP_ID th.otpmanager.OtpManager)
set(otp_packaging_dir ${CMAKE_CURRENT_LIST_DIR})
set(otp_icons_dir ${PROJECT_SOURCE_DIR}/resources/icons)

# --- Linux (and other freedesktop systems): desktop file, AppStream metainfo, hicolor icons.
# Translations are compiled into the executables (:/i18n), so there is nothing to install.
if(UNIX AND NOT APPLE)
    install(FILES ${otp_packaging_dir}/linux/${OTP_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${otp_packaging_dir}/linux/${OTP_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${otp_icons_dir}/otp-manager.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${OTP_APP_ID}.svg)
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${otp_icons_dir}/hicolor/${size}x${size}/apps/${OTP_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/otp-manager RENAME copyright)
endif()

# --- Windows: Qt and QtKeychain DLLs, plugins and the MSVC runtime next to the executables.
if(WIN32)
    install(FILES $<TARGET_FILE:Qt6Keychain::Qt6Keychain> DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
    install(CODE "
        set(qt_bin \"$<TARGET_FILE_DIR:Qt6::qmake>\")
        set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        message(STATUS \"Running windeployqt on \${bin}\")
        execute_process(
            COMMAND \"\${qt_bin}/windeployqt.exe\" --release --no-translations
                    --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw
                    \"\${bin}/otp-manager.exe\" \"\${bin}/otpctl.exe\"
            COMMAND_ERROR_IS_FATAL ANY)
    ")
endif()

# --- macOS: Qt frameworks, plugins and QtKeychain into otp-manager.app (otpctl included).
if(APPLE)
    install(CODE "
        set(qt_bin \"$<TARGET_FILE_DIR:Qt6::qmake>\")
        set(app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/otp-manager.app\")
        message(STATUS \"Running macdeployqt on \${app}\")
        execute_process(
            COMMAND \"\${qt_bin}/macdeployqt\" \"\${app}\"
                    \"-executable=\${app}/Contents/MacOS/otpctl\" -always-overwrite
            COMMAND_ERROR_IS_FATAL ANY)
        # ad-hoc signature: binaries changed by macdeployqt must be re-signed to run on arm64
        execute_process(COMMAND codesign --force --deep --sign - \"\${app}\"
            COMMAND_ERROR_IS_FATAL ANY)
    ")
endif()

# --- CPack
set(CPACK_PACKAGE_NAME otp-manager)
set(CPACK_PACKAGE_VENDOR "OTP Manager developers")
set(CPACK_PACKAGE_CONTACT "OTP Manager developers <otp-manager@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OTP Manager")
set(CPACK_PACKAGE_EXECUTABLES otp-manager "OTP Manager")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build.*/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_PACKAGE_NAME "OTP Manager")
    set(CPACK_NSIS_DISPLAY_NAME "OTP Manager ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${otp_icons_dir}/otp-manager.ico)
    set(CPACK_NSIS_MUI_UNIICON ${otp_icons_dir}/otp-manager.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\otp-manager.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON)   # optional: otpctl on PATH
    set(CPACK_PACKAGE_FILE_NAME "otp-manager-${PROJECT_VERSION}-win64")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "OTP Manager")
    set(CPACK_PACKAGE_ICON ${otp_icons_dir}/otp-manager.icns)
    set(CPACK_PACKAGE_FILE_NAME "otp-manager-${PROJECT_VERSION}-macos")
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_STRIP_FILES ON)
    # otp-manager_0.1.0_amd64.deb
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
OTP Manager manages ThaiBulkSMS SMS-OTP apps, keeps their App Secrets in the
system keychain, tests requests and verifications, and runs an offline
sandbox with the real API's wire format. Includes the otpctl command line.")
    # Linked libraries come from dpkg-shlibdeps when it is there (versioned, libc/libstdc++
    # included). The list below is always declared: it covers what is loaded at run time and
    # that no ELF header names: the SQLite driver (libqt6sql6-sqlite), the TLS backend
    # (plugins/tls/libqopensslbackend.so is in libqt6network6), the xcb platform plugin (in
    # libqt6gui6 on Debian 12), the SVG icon engine and image format (libqt6svg6), and a font
    # with Thai glyphs.
    find_program(OTP_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(OTP_DPKG_SHLIBDEPS)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    else()
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
    endif()
    string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4)" "libqt6gui6 (>= 6.4)" "libqt6widgets6 (>= 6.4)"
        "libqt6network6 (>= 6.4)" "libqt6sql6 (>= 6.4)" "libqt6sql6-sqlite (>= 6.4)"
        "libqt6httpserver6 (>= 6.4)" "libqt6websockets6 (>= 6.4)" "libqt6svg6 (>= 6.4)"
        "libqt6dbus6 (>= 6.4)" "libqt6keychain1 (>= 0.13)" "fonts-thai-tlwg | fonts-noto-core")
    # A Secret Service provider for the keychain (without one, secrets are session-only);
    # the Wayland platform plugin (xcb/XWayland works without it).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-wayland")
endif()

include(CPack)
