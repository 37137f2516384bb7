#pragma once

#include <vector>

namespace oneshot::model {

/// The first-layer filters at one moment, as plain floats: [out, in, k, k]. A small value that
/// crosses threads (training to the GUI) and feeds the filter grids.
struct FilterSnapshot
{
    int epoch = 0;
    long long step = 0;
    int out = 0;
    int in = 0;
    int kernel = 0;
    std::vector<float> weights;
};

} // namespace oneshot::model
