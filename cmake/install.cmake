# `cmake --install <build> --prefix P`: the library (libprecis), its public headers, the CLI, a
# CMake package (find_package(precis CONFIG) -> precis::core, ICU found through
# find_dependency) and a pkg-config file (precis.pc).
include(CMakePackageConfigHelpers)

set(precis_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/precis)

install(TARGETS precis_core EXPORT precis_targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/core/include/precis DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(PRECIS_BUILD_CLI)
  install(TARGETS precis RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT precis_targets NAMESPACE precis:: FILE precisTargets.cmake DESTINATION ${precis_cmake_dir})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/precisConfig.cmake.in
  ${PROJECT_BINARY_DIR}/precisConfig.cmake INSTALL_DESTINATION ${precis_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/precisConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/precisConfig.cmake ${PROJECT_BINARY_DIR}/precisConfigVersion.cmake
  DESTINATION ${precis_cmake_dir})

# A static libprecis needs ICU at the consumer's link: pkg-config's Requires carries it. A shared
# one links ICU itself, so ICU is then private.
if(BUILD_SHARED_LIBS)
  set(PRECIS_PC_REQUIRES "Requires.private: icu-uc")
else()
  set(PRECIS_PC_REQUIRES "Requires: icu-uc")
endif()
file(RELATIVE_PATH PRECIS_PC_PREFIX_FROM_PCDIR /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${CMAKE_CURRENT_LIST_DIR}/precis.pc.in ${PROJECT_BINARY_DIR}/precis.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/precis.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
