#ifndef CFILESYNC_H
#define CFILESYNC_H

/// Flushes the whole file system holding `fd` to disk: Linux `syncfs`, which Glibc declares only
/// under _GNU_SOURCE (Swift's Glibc module is built without it); elsewhere `sync`. Returns 0, or
/// -1 with errno set.
int cfilesync_syncfs(int fd);

#endif
