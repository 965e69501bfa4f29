#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares: a QCoreApplication, quiet logging, a scratch folder and a way
// to fail loudly. The targets define LLVMFuzzerInitialize and LLVMFuzzerTestOneInput; libFuzzer
// calls them when fuzzing, and ReplayMain.cpp calls them when replaying a corpus in a normal build.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace tp::fuzz {

// Creates the QCoreApplication once and drops Qt's debug and warning lines (set
// TOUCHPOINT_FUZZ_VERBOSE=1 to see them); fatal messages still abort.
void startQt(int *argc, char ***argv);

// A folder that lives as long as the process (on /dev/shm when there is one, so SQLite's fsyncs
// cost nothing).
QString scratchDir();

// A file of the source tree, e.g. "assets/demo/scripts/store-visit.json"; aborts if missing.
QByteArray sourceFile(const char *relativePath);

// Prints what broke and the input, then aborts: libFuzzer records the input as a crash.
[[noreturn]] void fail(const char *what, const QByteArray &detail = QByteArray());

} // namespace tp::fuzz

// A property that must hold for every input.
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::tp::fuzz::fail(#condition, detail);                                                  \
    } while (false)
