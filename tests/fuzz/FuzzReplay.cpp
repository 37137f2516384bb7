// The ordinary build's driver for a fuzz target: runs every file of the given folders (a
// regression corpus) through LLVMFuzzerTestOneInput once, as libFuzzer would replay it, and
// fails if a folder holds no inputs (so an emptied corpus cannot pass unnoticed). A finding
// shows up here as a crash, an uncaught exception or a sanitizer report, like in the fuzzer.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int failures = 0;
    for (int a = 1; a < argc; ++a) {
        std::vector<std::filesystem::path> files;
        const std::filesystem::path root(argv[a]);
        if (std::filesystem::is_directory(root)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(root))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else if (std::filesystem::is_regular_file(root)) {
            files.push_back(root);
        }
        std::sort(files.begin(), files.end());
        if (files.empty()) {
            std::fprintf(stderr, "%s: no inputs in %s\n", argv[0], argv[a]);
            ++failures;
            continue;
        }
        for (const auto &file : files) {
            std::ifstream in(file, std::ios::binary);
            const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            std::fprintf(stderr, "replaying %s (%zu bytes)\n", file.c_str(), bytes.size());
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
        }
        std::printf("%s: replayed %zu inputs from %s\n", argv[0], files.size(), argv[a]);
    }
    return failures ? 1 : 0;
}
