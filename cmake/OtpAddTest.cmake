# otp_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#              [ENVIRONMENT <VAR=value...>] [TIMEOUT <seconds>])
#
# One Qt Test executable per class under test, registered with CTest. Every test runs
# offscreen with a UTF-8 locale and its own temporary data folder, so no test touches the
# user's real data or needs a display.
function(otp_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "otp_add_test needs NAME and SOURCES")
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test otp_common_config ${ARG_LIBS})
    otp_use_test_pch(${ARG_NAME} ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(OTP_SANITIZE)
        # ASan + UBSan make a test 2 to 5 times slower (tst_sandboxhttpedges: 27 s, over 120 s
        # sanitized on a loaded 2-core machine).
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3")
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_FORCE_STDERR_LOGGING=1;OTP_MANAGER_DATA_DIR=${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}.data;${ARG_ENVIRONMENT}")
endfunction()
