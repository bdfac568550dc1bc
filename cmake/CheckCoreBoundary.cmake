# Fails when a core source includes a widget or chart header (run with -DSOURCE_DIR=...).
file(GLOB_RECURSE core_sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(forbidden "#[ \t]*include[ \t]*[<\"](QtWidgets|QtCharts|QtGraphs|QtPrintSupport|QWidget|QApplication|QMainWindow|QDialog|QChart|QPushButton|QLabel)")
foreach(source IN LISTS core_sources)
    file(STRINGS "${source}" hits REGEX "${forbidden}")
    if(hits)
        message(FATAL_ERROR "core must not use widgets or charts: ${source}: ${hits}")
    endif()
endforeach()
