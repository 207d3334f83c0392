# SPDX-License-Identifier: GPL-3.0-or-later
# The layer arrows of docs/architecture: each library may link only what its folder is allowed.
# ferry_check_layers() fails the configure step when a target links something outside its list.

set(FERRY_LAYER_ferry_model Qt6::Core nlohmann_json::nlohmann_json spdlog::spdlog)
set(FERRY_LAYER_ferry_cloudapi ferry_model Qt6::Core Qt6::Network OpenSSL::Crypto
    nlohmann_json::nlohmann_json spdlog::spdlog Qt6Keychain::Qt6Keychain)
set(FERRY_LAYER_ferry_sandbox ferry_model Qt6::Core Qt6::Network Qt6::HttpServer OpenSSL::Crypto
    nlohmann_json::nlohmann_json spdlog::spdlog)
set(FERRY_LAYER_ferry_gui ferry_model ferry_cloudapi Qt6::Core Qt6::Gui Qt6::Widgets Qt6::Charts
    Qt6::PrintSupport Qt6::Svg spdlog::spdlog)

# Collects a folder's sources (new files are picked up on the next build).
function(ferry_glob_sources out dir)
  file(GLOB srcs CONFIGURE_DEPENDS "${dir}/*.cpp" "${dir}/*.h")
  set(${out} ${srcs} PARENT_SCOPE)
endfunction()

function(ferry_check_layers)
  foreach(lib ferry_model ferry_cloudapi ferry_sandbox ferry_gui)
    if(NOT TARGET ${lib})
      continue()
    endif()
    get_target_property(linked ${lib} LINK_LIBRARIES)
    if(NOT linked)
      continue()
    endif()
    foreach(dep IN LISTS linked)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
      if(NOT dep IN_LIST FERRY_LAYER_${lib})
        message(FATAL_ERROR "Layer violation: ${lib} links ${dep}, which its folder may not use. "
                            "Allowed: ${FERRY_LAYER_${lib}}")
      endif()
    endforeach()
  endforeach()
endfunction()
