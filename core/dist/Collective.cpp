#include "dist/Collective.h"

#include <cstdlib>
#include <mutex>

#include <QObject>

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/version.h>
// A LibTorch whose package leaves out Gloo's headers (some pip wheels) builds without the Gloo
// backend; the group is then NCCL's or none.
#if defined(USE_C10D_GLOO) && __has_include(<gloo/algorithm.h>)
#define ONESHOT_WITH_GLOO 1
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#ifdef ONESHOT_WITH_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include "common/Error.h"

namespace oneshot::dist {

namespace {

/// An integer environment variable; `fallback` when it is not set.
int intFromEnvironment(const char *name, int fallback, int low, int high)
{
    const char *text = std::getenv(name);
    if (!text || !*text)
        return fallback;
    bool ok = false;
    const int value = QString::fromLocal8Bit(text).trimmed().toInt(&ok);
    if (!ok || value < low || value > high)
        throw Error(QObject::tr("%1=%2 is not valid: give a whole number from %3 to %4")
                        .arg(QString::fromLatin1(name), QString::fromLocal8Bit(text))
                        .arg(low)
                        .arg(high));
    return value;
}

std::string storeError(const std::exception &e)
{
    // c10::Error carries a C++ backtrace after the first line; the first line says what failed.
    const std::string what = e.what();
    return what.substr(0, what.find('\n'));
}

} // namespace

WorldInfo WorldInfo::fromEnvironment()
{
    WorldInfo w;
    w.size = intFromEnvironment("WORLD_SIZE", 1, 1, 65536);
    if (w.size == 1)
        return w;
    if (!std::getenv("RANK"))
        throw Error(QObject::tr("WORLD_SIZE=%1 is set but RANK is not: give each worker its rank (0 to %2)")
                        .arg(w.size)
                        .arg(w.size - 1));
    w.rank = intFromEnvironment("RANK", 0, 0, w.size - 1);
    w.localRank = intFromEnvironment("LOCAL_RANK", w.rank, 0, 65535);
    const char *addr = std::getenv("MASTER_ADDR");
    if (!addr || !*addr)
        throw Error(
            QObject::tr("WORLD_SIZE=%1 is set but MASTER_ADDR is not: give the address of rank 0's host").arg(w.size));
    w.masterAddr = QString::fromLocal8Bit(addr);
    if (!std::getenv("MASTER_PORT"))
        throw Error(
            QObject::tr("WORLD_SIZE=%1 is set but MASTER_PORT is not: give a free port on rank 0's host").arg(w.size));
    w.masterPort = intFromEnvironment("MASTER_PORT", 29500, 1, 65535);
    return w;
}

QStringList availableBackends()
{
    QStringList backends;
#ifdef ONESHOT_WITH_GLOO
    backends << QStringLiteral("gloo");
#endif
#ifdef ONESHOT_WITH_NCCL
    backends << QStringLiteral("nccl");
#endif
    return backends;
}

class Collective::Impl
{
public:
    c10::intrusive_ptr<c10d::Store> store;
    // Since LibTorch 2.0 the process groups of one backend are c10d::Backend, with the same calls.
#if TORCH_VERSION_MAJOR >= 2
    c10::intrusive_ptr<c10d::Backend> group;
#else
    c10::intrusive_ptr<c10d::ProcessGroup> group;
#endif
};

Collective::Collective(const WorldInfo &world, const CollectiveOptions &options)
    : m_world(world)
    , m_options(options)
    , m_impl(std::make_unique<Impl>())
{
    m_backend = options.backend == QLatin1String("auto") ? QStringLiteral("gloo") : options.backend;
    if (!availableBackends().contains(m_backend))
        throw Error(QObject::tr("Backend '%1' is not available in this build (available: %2)")
                        .arg(m_backend,
                             availableBackends().isEmpty() ? QObject::tr("none")
                                                           : availableBackends().join(QStringLiteral(", "))));
    const std::string host = world.masterAddr.toStdString();
    // Under torchrun the agent serves the store on MASTER_PORT itself and says so; every worker
    // is then a client, in the agent's namespace for this attempt (as torch.distributed does).
    const bool agentStore = qEnvironmentVariable("TORCHELASTIC_USE_AGENT_STORE") == QLatin1String("True");
    c10d::TCPStoreOptions so;
    so.port = static_cast<std::uint16_t>(world.masterPort);
    so.isServer = world.rank == 0 && !agentStore;
    so.numWorkers = static_cast<std::size_t>(world.size);
    so.waitWorkers = true;
    so.timeout = options.timeout;
    const QString where = QStringLiteral("%1:%2").arg(world.masterAddr).arg(world.masterPort);
    try {
        m_impl->store = c10::make_intrusive<c10d::TCPStore>(host, so);
        if (agentStore)
            m_impl->store = c10::make_intrusive<c10d::PrefixStore>(
                "/worker/attempt_"
                    + qEnvironmentVariable("TORCHELASTIC_RESTART_COUNT", QStringLiteral("0")).toStdString(),
                m_impl->store);
    } catch (const std::exception &e) {
        const QString why = QString::fromStdString(storeError(e));
        if (so.isServer)
            throw Error(QObject::tr("Rank 0 could not serve the rendezvous on %1, or not all %2 workers joined "
                                    "within %3 s: %4. If the port is in use, choose another (--master-port or "
                                    "MASTER_PORT); otherwise check that WORLD_SIZE=%2 workers were started.")
                            .arg(where)
                            .arg(world.size)
                            .arg(options.timeout.count())
                            .arg(why));
        throw Error(QObject::tr("Rank %1 could not reach the rendezvous at %2 within %3 s: %4. Check MASTER_ADDR "
                                "and MASTER_PORT, and that rank 0 is running.")
                        .arg(world.rank)
                        .arg(where)
                        .arg(options.timeout.count())
                        .arg(why));
    }
    // A rank started twice would make the group wait for ever for the missing one: refuse it.
    const std::string key = "oneshot/rank/" + std::to_string(world.rank);
    if (m_impl->store->add(key, 1) > 1)
        throw Error(QObject::tr("Two workers were started with RANK=%1 (of WORLD_SIZE=%2): each rank must be given "
                                "to exactly one worker")
                        .arg(world.rank)
                        .arg(world.size));
    try {
#ifdef ONESHOT_WITH_GLOO
        if (m_backend == QLatin1String("gloo")) {
            auto o = c10d::ProcessGroupGloo::Options::create(options.timeout);
            o->devices.push_back(world.masterAddr == QLatin1String("127.0.0.1")
                                         || world.masterAddr == QLatin1String("localhost")
                                     ? c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1")
                                     : c10d::ProcessGroupGloo::createDefaultDevice());
            o->threads = 2;
            auto prefixed = c10::make_intrusive<c10d::PrefixStore>("gloo", m_impl->store);
            m_impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, world.rank, world.size, o);
        }
#endif
#ifdef ONESHOT_WITH_NCCL
        if (m_backend == QLatin1String("nccl")) {
            auto o = c10d::ProcessGroupNCCL::Options::create();
            o->timeout = options.timeout;
            auto prefixed = c10::make_intrusive<c10d::PrefixStore>("nccl", m_impl->store);
            m_impl->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(prefixed, world.rank, world.size, o);
        }
#endif
    } catch (const std::exception &e) {
        throw Error(QObject::tr("Rank %1 of %2 could not connect to the other workers through %3 within %4 s: %5. "
                                "Check that WORLD_SIZE=%2 workers were started, each with its own RANK.")
                        .arg(world.rank)
                        .arg(world.size)
                        .arg(m_backend)
                        .arg(options.timeout.count())
                        .arg(QString::fromStdString(storeError(e))));
    }
}

Collective::~Collective() = default;

namespace {

/// Waits for one collective call; throws CollectiveError naming it.
void await(const c10::intrusive_ptr<c10d::Work> &work, const char *what, const Collective &c)
{
    try {
        work->wait(c.timeout());
    } catch (const std::exception &e) {
        throw CollectiveError(
            QObject::tr("The %1 of rank %2 of %3 failed: %4. Another worker died or did not answer within %5 s; "
                        "the run folder keeps the last checkpoint (resume with --resume).")
                .arg(QString::fromLatin1(what))
                .arg(c.rank())
                .arg(c.size())
                .arg(QString::fromStdString(storeError(e)))
                .arg(c.timeout().count()));
    }
}

template<class Start>
void run(const Collective &c, const char *what, Start start)
{
    c10::intrusive_ptr<c10d::Work> work;
    try {
        work = start();
    } catch (const std::exception &e) {
        throw CollectiveError(QObject::tr("The %1 of rank %2 of %3 could not start: %4")
                                  .arg(QString::fromLatin1(what))
                                  .arg(c.rank())
                                  .arg(c.size())
                                  .arg(QString::fromStdString(storeError(e))));
    }
    await(work, what, c);
}

} // namespace

void Collective::broadcast(const std::vector<torch::Tensor> &tensors, int root)
{
    if (size() == 1 || tensors.empty())
        return;
    // One flat buffer per dtype keeps it to a few calls whatever the number of tensors.
    std::map<c10::ScalarType, std::vector<torch::Tensor>> byType;
    for (const auto &t : tensors)
        byType[t.scalar_type()].push_back(t);
    for (auto &[type, group] : byType) {
        std::vector<torch::Tensor> flat{torch::cat([&] {
            std::vector<torch::Tensor> parts;
            for (const auto &t : group)
                parts.push_back(t.detach().reshape({-1}));
            return parts;
        }())};
        c10d::BroadcastOptions o;
        o.rootRank = root;
        run(*this, "broadcast", [&] { return m_impl->group->broadcast(flat, o); });
        torch::NoGradGuard noGrad;
        std::int64_t at = 0;
        for (const auto &t : group) {
            t.copy_(flat[0].narrow(0, at, t.numel()).view_as(t));
            at += t.numel();
        }
    }
}

void Collective::allReduceSum(torch::Tensor &tensor)
{
    if (size() == 1)
        return;
    std::vector<torch::Tensor> v{tensor};
    run(*this, "all-reduce", [&] { return m_impl->group->allreduce(v); });
}

namespace {

class AllReduceSum : public torch::autograd::Function<AllReduceSum>
{
public:
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x, Collective *c)
    {
        ctx->saved_data["collective"] = reinterpret_cast<std::int64_t>(c);
        torch::Tensor sum = x.clone();
        c->allReduceSum(sum);
        return sum;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list grads)
    {
        auto *c = reinterpret_cast<Collective *>(ctx->saved_data["collective"].toInt());
        torch::Tensor g = grads[0].contiguous().clone();
        c->allReduceSum(g);
        return {g, torch::Tensor()};
    }
};

} // namespace

torch::Tensor Collective::allReduceSumDifferentiable(const torch::Tensor &tensor)
{
    if (size() == 1)
        return tensor;
    return AllReduceSum::apply(tensor, this);
}

torch::Tensor Collective::gatherRows(const torch::Tensor &local, std::int64_t globalRows, std::int64_t offset)
{
    if (size() == 1)
        return local;
    std::vector<std::int64_t> before(local.sizes().begin(), local.sizes().end());
    std::vector<std::int64_t> after = before;
    before[0] = offset;
    after[0] = globalRows - offset - local.size(0);
    const torch::Tensor placed
        = torch::cat({torch::zeros(before, local.options()), local, torch::zeros(after, local.options())}, 0);
    return allReduceSumDifferentiable(placed);
}

QByteArray Collective::broadcastBytes(const QByteArray &bytes, int root)
{
    if (size() == 1)
        return bytes;
    torch::Tensor length = torch::tensor({static_cast<std::int64_t>(bytes.size())}, torch::kLong);
    broadcast({length}, root);
    torch::Tensor data = torch::zeros({length.item<std::int64_t>()}, torch::kUInt8);
    if (rank() == root && !bytes.isEmpty())
        std::memcpy(data.data_ptr(), bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (data.numel() > 0)
        broadcast({data}, root);
    return QByteArray(static_cast<const char *>(data.data_ptr()), static_cast<qsizetype>(data.numel()));
}

// GradientReducer

struct GradientReducer::State
{
    struct Bucket
    {
        std::vector<int> members; ///< indices into parameters
        std::vector<std::int64_t> offsets;
        torch::Tensor flat;
        int pending = 0;
        bool started = false;
        c10::intrusive_ptr<c10d::Work> work;
    };

    Collective *collective = nullptr;
    std::vector<torch::Tensor> parameters;
    std::vector<int> bucketOf;
    std::vector<std::int64_t> offsetOf;
    std::vector<bool> ready;
    std::vector<Bucket> buckets;
    std::vector<std::pair<torch::Tensor, unsigned>> hooks;
    std::size_t nextToStart = 0;
    bool armed = false;
    double waited = 0;
    std::mutex mutex; // backward may run hooks on another thread (CUDA)

    void start(Bucket &b)
    {
        std::vector<torch::Tensor> v{b.flat};
        try {
            b.work = collective->m_impl->group->allreduce(v);
        } catch (const std::exception &e) {
            throw CollectiveError(QObject::tr("The gradient all-reduce of rank %1 of %2 could not start: %3")
                                      .arg(collective->rank())
                                      .arg(collective->size())
                                      .arg(QString::fromStdString(storeError(e))));
        }
        b.started = true;
    }

    /// Starts the ready buckets in order, so every rank starts them in the same order.
    void startReady()
    {
        while (nextToStart < buckets.size() && buckets[nextToStart].pending == 0 && !buckets[nextToStart].started)
            start(buckets[nextToStart++]);
    }

    void onGradient(int index, const torch::Tensor &grad)
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (!armed || ready[index])
            return;
        Bucket &b = buckets[bucketOf[index]];
        b.flat.narrow(0, offsetOf[index], grad.numel()).copy_(grad.detach().reshape({-1}));
        ready[index] = true;
        --b.pending;
        startReady();
    }
};

GradientReducer::GradientReducer(Collective &collective, std::vector<torch::Tensor> parameters, std::size_t bucketBytes)
    : m_state(std::make_shared<State>())
{
    State &s = *m_state;
    s.collective = &collective;
    s.parameters = std::move(parameters);
    const int n = static_cast<int>(s.parameters.size());
    s.bucketOf.assign(n, -1);
    s.offsetOf.assign(n, 0);
    s.ready.assign(n, false);
    std::size_t bytes = 0;
    for (int i = n - 1; i >= 0; --i) {
        const torch::Tensor &p = s.parameters[i];
        if (!p.requires_grad())
            continue;
        const std::size_t size = static_cast<std::size_t>(p.numel()) * p.element_size();
        if (s.buckets.empty() || bytes + size > bucketBytes || s.buckets.back().flat.defined()
            || p.scalar_type() != s.parameters[s.buckets.back().members.front()].scalar_type()) {
            s.buckets.emplace_back();
            bytes = 0;
        }
        State::Bucket &b = s.buckets.back();
        s.bucketOf[i] = static_cast<int>(s.buckets.size()) - 1;
        s.offsetOf[i] = bytes / p.element_size();
        b.members.push_back(i);
        bytes += size;
        if (bytes >= bucketBytes) // full: allocate it now, so the next parameter opens another
            b.flat = torch::zeros({static_cast<std::int64_t>(bytes / p.element_size())}, p.options());
    }
    for (auto &b : s.buckets) {
        if (!b.flat.defined()) {
            std::int64_t count = 0;
            for (int i : b.members)
                count += s.parameters[i].numel();
            b.flat = torch::zeros({count}, s.parameters[b.members.front()].options());
        }
    }
    std::weak_ptr<State> weak = m_state;
    for (int i = 0; i < n; ++i) {
        if (s.bucketOf[i] < 0)
            continue;
        const unsigned h = s.parameters[i].register_hook([weak, i](const torch::Tensor &grad) {
            if (auto state = weak.lock())
                state->onGradient(i, grad);
        });
        s.hooks.emplace_back(s.parameters[i], h);
    }
}

GradientReducer::~GradientReducer()
{
    for (auto &[p, h] : m_state->hooks)
        p.remove_hook(h);
}

void GradientReducer::arm()
{
    State &s = *m_state;
    std::lock_guard<std::mutex> lock(s.mutex);
    s.armed = true;
    s.nextToStart = 0;
    s.ready.assign(s.ready.size(), false);
    for (auto &b : s.buckets) {
        b.pending = static_cast<int>(b.members.size());
        b.started = false;
        b.work.reset();
    }
}

void GradientReducer::finish()
{
    State &s = *m_state;
    std::unique_lock<std::mutex> lock(s.mutex);
    s.armed = false;
    for (auto &b : s.buckets) {
        if (b.pending > 0) {
            for (int i : b.members) {
                if (!s.ready[i])
                    b.flat.narrow(0, s.offsetOf[i], s.parameters[i].numel()).zero_();
            }
            b.pending = 0;
        }
    }
    s.startReady();
    const auto t0 = std::chrono::steady_clock::now();
    for (auto &b : s.buckets)
        await(b.work, "gradient all-reduce", *s.collective);
    s.waited += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    torch::NoGradGuard noGrad;
    for (auto &b : s.buckets) {
        for (int i : b.members) {
            torch::Tensor &p = s.parameters[i];
            const torch::Tensor sum = b.flat.narrow(0, s.offsetOf[i], p.numel()).view_as(p);
            if (p.grad().defined())
                p.mutable_grad().copy_(sum);
            else
                p.mutable_grad() = sum.clone();
        }
    }
}

int GradientReducer::bucketCount() const
{
    return static_cast<int>(m_state->buckets.size());
}

double GradientReducer::waitedSeconds() const
{
    return m_state->waited;
}

} // namespace oneshot::dist
