#include "powercutvfs.h"

#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace painpace::testing {

namespace {

constexpr sqlite3_int64 kPage = 4096;

// What a file held at its last sync, for each page written since. A page shorter than kPage ended
// the file then; an empty one lay wholly beyond it.
struct TrackedFile {
    int fd = -1;
    sqlite3_int64 syncedSize = 0;
    std::map<sqlite3_int64, std::string> syncedPages;

    ~TrackedFile() {
        if (fd >= 0)
            ::close(fd);
    }
};

struct LayerState {
    std::mutex mutex;
    std::map<std::string, std::shared_ptr<TrackedFile>> files;
    std::atomic<std::int64_t> untilCut{-1}; // operations left before the cut; -1: not armed
    std::atomic<bool> out{false};
    std::atomic<std::int64_t> writes{0};
    std::atomic<std::int64_t> syncs{0};
};

LayerState& state() {
    static LayerState layer;
    return layer;
}

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_layer;

struct CutFile {
    sqlite3_file base;
    sqlite3_file* real;
    std::shared_ptr<TrackedFile>* tracked; // null for temporary files
};

sqlite3_file* realOf(sqlite3_file* file) {
    return reinterpret_cast<CutFile*>(file)->real;
}

sqlite3_int64 sizeOf(int fd) {
    struct stat info {};
    return ::fstat(fd, &info) == 0 ? info.st_size : 0;
}

// Counts one write or sync, and says whether it may still happen: false once the power is out,
// and for the operation that cuts it.
bool powerHolds() {
    LayerState& layer = state();
    if (layer.out)
        return false;
    std::int64_t left = layer.untilCut.load();
    if (left < 0)
        return true;
    left = --layer.untilCut;
    if (left <= 0) {
        layer.out = true;
        return false;
    }
    return true;
}

void rememberSyncedPages(TrackedFile& file, sqlite3_int64 offset, sqlite3_int64 length) {
    for (sqlite3_int64 page = offset / kPage; page * kPage < offset + length; ++page) {
        if (file.syncedPages.count(page))
            continue;
        std::string content(kPage, '\0');
        const ssize_t got = ::pread(file.fd, content.data(), kPage, page * kPage);
        content.resize(got > 0 ? static_cast<size_t>(got) : 0);
        file.syncedPages.emplace(page, std::move(content));
    }
}

int layerClose(sqlite3_file* file) {
    auto* cut = reinterpret_cast<CutFile*>(file);
    const int rc = cut->real->pMethods ? cut->real->pMethods->xClose(cut->real) : SQLITE_OK;
    delete cut->tracked; // the record itself stays with the layer until the next sync or cut
    cut->tracked = nullptr;
    return rc;
}

int layerRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}

int layerWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    auto* cut = reinterpret_cast<CutFile*>(file);
    ++state().writes;
    if (!powerHolds())
        return SQLITE_IOERR_WRITE;
    if (cut->tracked) {
        const std::lock_guard lock(state().mutex);
        rememberSyncedPages(**cut->tracked, offset, amount);
    }
    return cut->real->pMethods->xWrite(cut->real, buffer, amount, offset);
}

int layerTruncate(sqlite3_file* file, sqlite3_int64 size) {
    auto* cut = reinterpret_cast<CutFile*>(file);
    if (!powerHolds())
        return SQLITE_IOERR_TRUNCATE;
    if (cut->tracked) {
        const std::lock_guard lock(state().mutex);
        TrackedFile& tracked = **cut->tracked;
        const sqlite3_int64 now = sizeOf(tracked.fd);
        if (now > size)
            rememberSyncedPages(tracked, size, now - size);
    }
    return cut->real->pMethods->xTruncate(cut->real, size);
}

int layerSync(sqlite3_file* file, int flags) {
    auto* cut = reinterpret_cast<CutFile*>(file);
    ++state().syncs;
    if (!powerHolds())
        return SQLITE_IOERR_FSYNC;
    const int rc = cut->real->pMethods->xSync(cut->real, flags);
    if (rc == SQLITE_OK && cut->tracked) {
        const std::lock_guard lock(state().mutex);
        TrackedFile& tracked = **cut->tracked;
        tracked.syncedPages.clear();
        tracked.syncedSize = sizeOf(tracked.fd);
    }
    return rc;
}

// The rest is passed on as it is.
int layerFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int layerLock(sqlite3_file* f, int level) {
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int layerUnlock(sqlite3_file* f, int level) {
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int layerCheckReservedLock(sqlite3_file* f, int* out) {
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int layerFileControl(sqlite3_file* f, int op, void* arg) {
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int layerSectorSize(sqlite3_file* f) {
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int layerDeviceCharacteristics(sqlite3_file* f) {
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int layerShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int layerShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void layerShmBarrier(sqlite3_file* f) {
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int layerShmUnmap(sqlite3_file* f, int deleteFlag) {
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int layerFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int layerUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p) {
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

const sqlite3_io_methods kMethods = {
    3,
    layerClose,
    layerRead,
    layerWrite,
    layerTruncate,
    layerSync,
    layerFileSize,
    layerLock,
    layerUnlock,
    layerCheckReservedLock,
    layerFileControl,
    layerSectorSize,
    layerDeviceCharacteristics,
    layerShmMap,
    layerShmLock,
    layerShmBarrier,
    layerShmUnmap,
    layerFetch,
    layerUnfetch,
};

constexpr int kKeptKinds =
    SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL;

int layerOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto* cut = reinterpret_cast<CutFile*>(file);
    cut->base.pMethods = nullptr;
    cut->real = reinterpret_cast<sqlite3_file*>(cut + 1);
    cut->tracked = nullptr;
    const int rc = g_real->xOpen(g_real, name, cut->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    cut->base.pMethods = &kMethods;
    if (!name || !(flags & kKeptKinds) || !(flags & SQLITE_OPEN_READWRITE))
        return SQLITE_OK;
    const std::lock_guard lock(state().mutex);
    std::shared_ptr<TrackedFile>& tracked = state().files[name];
    if (!tracked) {
        tracked = std::make_shared<TrackedFile>();
        tracked->fd = ::open(name, O_RDWR | O_CLOEXEC);
        tracked->syncedSize = sizeOf(tracked->fd);
    }
    cut->tracked = new std::shared_ptr<TrackedFile>(tracked);
    return SQLITE_OK;
}

int layerDelete(sqlite3_vfs*, const char* name, int syncDir) {
    if (state().out)
        return SQLITE_IOERR_DELETE;
    {
        const std::lock_guard lock(state().mutex);
        state().files.erase(name); // a removed file has nothing left to lose
    }
    return g_real->xDelete(g_real, name, syncDir);
}

int layerAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_real->xAccess(g_real, name, flags, out);
}
int layerFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return g_real->xFullPathname(g_real, name, size, out);
}
void* layerDlOpen(sqlite3_vfs*, const char* name) {
    return g_real->xDlOpen(g_real, name);
}
void layerDlError(sqlite3_vfs*, int size, char* out) {
    g_real->xDlError(g_real, size, out);
}
void (*layerDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return g_real->xDlSym(g_real, handle, symbol);
}
void layerDlClose(sqlite3_vfs*, void* handle) {
    g_real->xDlClose(g_real, handle);
}
int layerRandomness(sqlite3_vfs*, int size, char* out) {
    return g_real->xRandomness(g_real, size, out);
}
int layerSleep(sqlite3_vfs*, int microseconds) {
    return g_real->xSleep(g_real, microseconds);
}
int layerCurrentTime(sqlite3_vfs*, double* out) {
    return g_real->xCurrentTime(g_real, out);
}
int layerGetLastError(sqlite3_vfs*, int size, char* out) {
    return g_real->xGetLastError(g_real, size, out);
}
int layerCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return g_real->xCurrentTimeInt64(g_real, out);
}

// Puts back what did not reach the disk in one file: each page written since the last sync is
// kept or lost with even odds. Returns the pages lost.
std::int64_t cutFile(TrackedFile& file, std::mt19937& random) {
    std::int64_t lost = 0;
    bool keptBeyondSyncedEnd = false;
    for (const auto& [page, synced] : file.syncedPages) {
        const bool reachedDisk = std::bernoulli_distribution(0.5)(random);
        const bool beyondSyncedEnd = (page + 1) * kPage > file.syncedSize;
        if (reachedDisk) {
            keptBeyondSyncedEnd = keptBeyondSyncedEnd || beyondSyncedEnd;
            continue;
        }
        ++lost;
        std::string content = synced;
        if (beyondSyncedEnd)
            content.resize(kPage, '\0'); // the file may be longer now: zeros where it had not been
        if (::pwrite(file.fd, content.data(), content.size(), page * kPage) < 0)
            return lost;
    }
    if (!keptBeyondSyncedEnd && sizeOf(file.fd) > file.syncedSize) {
        if (::ftruncate(file.fd, file.syncedSize) != 0)
            return lost;
    }
    ::fsync(file.fd);
    return lost;
}

} // namespace

void PowerCutLayer::install() {
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    g_layer = *g_real;
    g_layer.zName = "painpace-power-cut";
    g_layer.szOsFile = static_cast<int>(sizeof(CutFile)) + g_real->szOsFile;
    g_layer.pNext = nullptr;
    g_layer.pAppData = nullptr;
    g_layer.xOpen = layerOpen;
    g_layer.xDelete = layerDelete;
    g_layer.xAccess = layerAccess;
    g_layer.xFullPathname = layerFullPathname;
    g_layer.xDlOpen = layerDlOpen;
    g_layer.xDlError = layerDlError;
    g_layer.xDlSym = layerDlSym;
    g_layer.xDlClose = layerDlClose;
    g_layer.xRandomness = layerRandomness;
    g_layer.xSleep = layerSleep;
    g_layer.xCurrentTime = layerCurrentTime;
    g_layer.xGetLastError = layerGetLastError;
    g_layer.xCurrentTimeInt64 = layerCurrentTimeInt64;
    // Version 2 is enough: the system-call overrides of version 3 are the real layer's own.
    g_layer.iVersion = 2;
    sqlite3_vfs_register(&g_layer, 1);
}

void PowerCutLayer::cutAfter(std::int64_t operations) {
    state().untilCut = operations;
}

bool PowerCutLayer::powerIsOut() {
    return state().out;
}

std::int64_t PowerCutLayer::restorePower(std::mt19937& random) {
    LayerState& layer = state();
    std::int64_t lost = 0;
    {
        const std::lock_guard lock(layer.mutex);
        for (auto& [name, file] : layer.files)
            lost += cutFile(*file, random);
        layer.files.clear();
    }
    layer.untilCut = -1;
    layer.out = false;
    return lost;
}

std::int64_t PowerCutLayer::writesSeen() {
    return state().writes;
}

std::int64_t PowerCutLayer::syncsSeen() {
    return state().syncs;
}

} // namespace painpace::testing
