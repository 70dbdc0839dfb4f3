#ifndef FOEDUS_ALLOCATION_COUNTER_H
#define FOEDUS_ALLOCATION_COUNTER_H

/// The number of heap allocations (malloc, calloc, realloc, aligned allocations) made by the process so
/// far, or 0 where counting is not available. Used by `foedus bench` to report allocations per scenario.
unsigned long long foedus_allocation_count(void);

/// Whether this platform counts allocations (glibc on Linux).
int foedus_allocation_counting_available(void);

#endif
