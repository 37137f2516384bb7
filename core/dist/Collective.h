#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

#include <QByteArray>
#include <QString>

#include <torch/torch.h>

#include "common/Error.h"

namespace oneshot::dist {

/// Where this process sits in a data-parallel run, as torchrun describes it in the environment.
struct WorldInfo
{
    int rank = 0;
    int size = 1;
    int localRank = 0;
    QString masterAddr = QStringLiteral("127.0.0.1");
    int masterPort = 29500;

    bool distributed() const { return size > 1; }
    /// Reads WORLD_SIZE, RANK, LOCAL_RANK, MASTER_ADDR and MASTER_PORT. Without WORLD_SIZE: one
    /// process. Throws Error naming the variable and its value when one is missing or out of range.
    static WorldInfo fromEnvironment();
};

struct CollectiveOptions
{
    QString backend = QStringLiteral("auto"); ///< auto (gloo on CPU, nccl on CUDA), gloo, nccl
    /// How long a collective waits for the other ranks before it fails (a worker hung).
    std::chrono::seconds timeout{300};
};

/// The backends this LibTorch can run ("gloo", and "nccl" where it was built with it).
QStringList availableBackends();

/// The ranks of one run as a c10d process group: they meet at MASTER_ADDR:MASTER_PORT (a
/// TCPStore that rank 0 serves) and talk through Gloo on CPU. Every call is collective: all ranks
/// make the same calls in the same order. A call that cannot complete (a rank died, or did not
/// answer within the timeout) throws CollectiveError.
class Collective
{
public:
    /// Joins the group; throws Error for a port in use, ranks that do not all arrive within the
    /// timeout, a rank taken twice, or an unknown backend.
    Collective(const WorldInfo &world, const CollectiveOptions &options);
    ~Collective();
    Collective(const Collective &) = delete;
    Collective &operator=(const Collective &) = delete;

    int rank() const { return m_world.rank; }
    int size() const { return m_world.size; }
    int localRank() const { return m_world.localRank; }
    QString backend() const { return m_backend; }
    std::chrono::seconds timeout() const { return m_options.timeout; }

    /// Copies rank `root`'s tensors into every rank's (in place; same shapes and types on all).
    void broadcast(const std::vector<torch::Tensor> &tensors, int root = 0);
    /// Sums the tensor over the ranks, in place.
    void allReduceSum(torch::Tensor &tensor);
    /// The same, also for the backward pass: the gradient of each rank's copy of the sum is summed
    /// over the ranks too (what a loss computed on every rank from the summed value needs).
    torch::Tensor allReduceSumDifferentiable(const torch::Tensor &tensor);
    /// Rows [offset, offset + local rows) of a [globalRows, ...] tensor that every rank fills
    /// with its own rows: all ranks' rows, differentiable (each rank's gradient for its rows is
    /// the sum over the ranks).
    torch::Tensor gatherRows(const torch::Tensor &local, std::int64_t globalRows, std::int64_t offset);
    /// Rank `root`'s bytes on every rank.
    QByteArray broadcastBytes(const QByteArray &bytes, int root = 0);

    class Impl;

private:
    WorldInfo m_world;
    CollectiveOptions m_options;
    QString m_backend;
    std::unique_ptr<Impl> m_impl;
    friend class GradientReducer;
};

/// A collective call that failed mid-run: another rank died or hung. The message names the call,
/// this rank and the timeout.
class CollectiveError : public Error
{
public:
    using Error::Error;
};

/// Sums the parameters' gradients over the ranks in buckets of about `bucketBytes`, flattened.
/// Buckets hold the parameters in reverse order (the order backward produces their gradients);
/// a bucket's all-reduce starts as soon as all its gradients are in and every earlier bucket has
/// started, so the ranks start them in the same order while backward goes on.
class GradientReducer
{
public:
    GradientReducer(Collective &collective, std::vector<torch::Tensor> parameters, std::size_t bucketBytes = 4u << 20);
    ~GradientReducer();
    GradientReducer(const GradientReducer &) = delete;
    GradientReducer &operator=(const GradientReducer &) = delete;

    /// Before backward: the next gradients belong to a new step.
    void arm();
    /// After backward: starts the buckets not yet started (a parameter without a gradient counts
    /// as zeros), waits for all and writes the sums into the parameters' gradients.
    void finish();
    int bucketCount() const;
    /// Seconds finish() spent waiting for the all-reduces over the steps so far.
    double waitedSeconds() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace oneshot::dist
