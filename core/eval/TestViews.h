#pragma once

namespace oneshot::eval {

/// Test-time views: an image's embedding is the mean of its embeddings over V views of it, the
/// image itself and V - 1 fixed affine distortions (see embedImages). The most views a setting or
/// option may ask for.
inline constexpr int kMaxTestViews = 64;

} // namespace oneshot::eval
