/// Hands freed heap memory back to the system. glibc keeps a thread's freed memory in that
/// thread's arena; after a large document on one worker thread, the next large one may run on
/// another and add its own, so without this the peak is two large documents, not one.
enum MemoryTrim {
    /// One heap arena per worker, no more: glibc's default (eight per core) lets freed memory of
    /// a large document sit in an arena the next large one does not use (two 1 MB tables,
    /// `--jobs 2`: 131–145 MB peak with three arenas or more, 106–108 MB with two), while a
    /// single arena shared by all workers makes them queue on its lock (100 MB corpus subset,
    /// `--jobs 2`: 5 % slower wall than two arenas, paired runs; `--jobs 2` over `--jobs 1`
    /// 1.74× with one arena, 1.89× with glibc's default).
    static func limitArenas(toWorkers workers: Int) {
        #if os(Linux)
            _ = glibcMallopt(-8, Int32(clamping: max(1, workers)))  // M_ARENA_MAX
        #endif
    }

    /// Blocks of 1 MB and more mapped on their own, always, and unmapped when freed; the heap's
    /// top handed back past 2 MB free. glibc raises the mapping threshold by itself to the size
    /// of each large block freed (up to 32 MB): after a long table's first big arrays were let
    /// go, later ones of a few megabytes came from the heap instead and, freed, stayed resident
    /// under the next stage's values. Not lower: every document's JSON and review page grow
    /// their buffers past 256 KB, and with a 256 KB threshold (and glibc's 128 KB kept at the
    /// top) each was mapped, faulted in and unmapped again (1,000 seed copies, `--jobs 2`: 0.28 s
    /// less system time, wall old/new 1.028 at 1 MB; the 300,000-row document's peak 138.9 →
    /// 139.5 MB).
    static func mapLargeBlocks() {
        #if os(Linux)
            _ = glibcMallopt(-3, 1 << 20)  // M_MMAP_THRESHOLD
            _ = glibcMallopt(-1, 2 << 20)  // M_TRIM_THRESHOLD
        #endif
    }

    static func release() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
    // <malloc.h> is not part of the Glibc module Swift imports.
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32

    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
