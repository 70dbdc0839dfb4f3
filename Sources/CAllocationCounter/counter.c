// Counts heap allocations by interposing the C allocator (glibc only), for `foedus bench`.
// Each entry point forwards to glibc's own implementation (__libc_*), so behaviour is unchanged;
// the only cost is one relaxed atomic increment per allocation.
#include "CAllocationCounter.h"

#if defined(__linux__)
#include <features.h>
#endif

#if defined(__linux__) && defined(__GLIBC__)
#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);

static _Atomic unsigned long long allocations = 0;

static inline void count(void) { atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed); }

void *malloc(size_t size) {
    count();
    return __libc_malloc(size);
}

void *calloc(size_t n, size_t size) {
    count();
    return __libc_calloc(n, size);
}

void *realloc(void *pointer, size_t size) {
    count();
    return __libc_realloc(pointer, size);
}

int posix_memalign(void **out, size_t alignment, size_t size) {
    if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) return EINVAL;
    count();
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL) return ENOMEM;
    *out = pointer;
    return 0;
}

void *aligned_alloc(size_t alignment, size_t size) {
    count();
    return __libc_memalign(alignment, size);
}

unsigned long long foedus_allocation_count(void) { return atomic_load_explicit(&allocations, memory_order_relaxed); }
int foedus_allocation_counting_available(void) { return 1; }
#else
unsigned long long foedus_allocation_count(void) { return 0; }
int foedus_allocation_counting_available(void) { return 0; }
#endif
