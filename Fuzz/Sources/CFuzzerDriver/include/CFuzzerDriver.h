#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (libclang_rt.fuzzer), run from a target's own `main`: SwiftPM names every executable's
/// entry point itself (`main` = `<module>_main`), so libFuzzer's `main` cannot be the program's.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
