# Fails when translations/rpb_id.ts has unfinished or obsolete entries, or when the sources hold
# strings the file does not have yet. Runs lupdate on a copy so the source tree is never changed.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(COPY ${SOURCE_DIR}/translations/rpb_id.ts DESTINATION ${WORK_DIR})
file(READ ${WORK_DIR}/rpb_id.ts before)
execute_process(
    COMMAND ${LUPDATE} -locations none -source-language en
            ${SOURCE_DIR}/app ${SOURCE_DIR}/ui -ts ${WORK_DIR}/rpb_id.ts
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(READ ${WORK_DIR}/rpb_id.ts after)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${after}")
string(REGEX MATCHALL "type=\"(obsolete|vanished)\"" obsolete "${after}")
list(LENGTH unfinished unfinished_count)
list(LENGTH obsolete obsolete_count)
if(unfinished_count GREATER 0 OR obsolete_count GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" examples
           "${after}")
    list(SUBLIST examples 0 10 examples)
    message(FATAL_ERROR
        "translations/rpb_id.ts: ${unfinished_count} unfinished, ${obsolete_count} obsolete. "
        "Run `cmake --build <dir> --target update_translations` and translate. First ones: "
        "${examples}")
endif()
message(STATUS "translations/rpb_id.ts is complete and current")
