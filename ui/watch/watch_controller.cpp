// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/watch_controller.h"

#include "ui/core_errors.h"
#include "ui/watch/command_line.h"

#include "core/experiment/recorded_run.h"
#include "core/telemetry/cpu_sampler.h"

#include <algorithm>
#include <mutex>
#include <new>

namespace kc::ui {

namespace {
// Watch numbers live far above the experiments' (RunController counts from 1): the
// hub tells points apart by number, and both controllers share it.
constexpr uint64_t kFirstWatchId = uint64_t(1) << 48;
} // namespace

struct WatchController::Inbox {
    struct Chunk {
        bool isError = false;
        QByteArray bytes;
    };
    std::mutex mutex;           // the session's output thread appends, the GUI takes
    std::vector<Chunk> chunks;  // guarded by mutex
    size_t bytes = 0;           // guarded by mutex
    size_t dropped = 0;         // guarded by mutex

    void add(bool isError, std::string_view chunk) {
        std::lock_guard lock(mutex);
        if (bytes + chunk.size() > kMaxPendingBytes) {
            dropped += chunk.size();
            return;
        }
        bytes += chunk.size();
        if (!chunks.empty() && chunks.back().isError == isError)
            chunks.back().bytes.append(chunk.data(), qsizetype(chunk.size()));
        else
            chunks.push_back({isError, QByteArray(chunk.data(), qsizetype(chunk.size()))});
    }
};

WatchController::WatchController(core::TelemetryHub* hub, QObject* parent)
    : QObject(parent), m_hub(hub), m_runId(kFirstWatchId) {
    m_poll.setInterval(20);
    connect(&m_poll, &QTimer::timeout, this, &WatchController::poll);
}

WatchController::~WatchController() {
    if (m_session) {
        m_session->stop();   // the whole group: SIGTERM, SIGKILL 300 ms later
        m_session->wait();
    }
    if (m_running)
        m_hub->detachExperiment(m_runId);
}

double WatchController::elapsed() const {
    return m_recording.startNs ? double(core::monotonicNowNs() - m_recording.startNs) / 1e9 : 0.0;
}

pid_t WatchController::programPid() const {
    if (m_live && !m_live->kitchens.empty())
        return m_live->kitchens.front().pid;
    if (m_session) {
        const auto who = m_session->participants();
        if (!who.empty())
            return who.front().first;
    }
    return 0;
}

bool WatchController::start(core::watch::WatchSpec spec, const QString& display) {
    if (m_running) {
        emit failed(tr("A program is being watched already: stop it first."));
        return false;
    }
    auto valid = core::watch::validateWatchSpec(std::move(spec));
    if (!valid.ok()) {
        emit failed(translateCoreError(valid.error()));
        return false;
    }
    spec = std::move(valid).value();
    spec.stopWhenStuck = false; // the window says so and lets the learner look
    m_spec = spec;
    if (m_session) { // the last watch has ended (m_running is false): let it go
        m_session->wait();
        m_session.reset();
    }
    ++m_runId;
    m_session = std::make_shared<core::watch::WatchSession>();
    m_inbox = std::make_shared<Inbox>();
    for (auto& d : m_decoders)
        d = QStringDecoder(QStringDecoder::Utf8);
    m_live.reset();
    m_lastLive = nullptr;
    m_stuckSaid = false;
    QStringList args;
    for (const auto& a : spec.argv)
        args << QString::fromStdString(a);
    m_command = display.isEmpty() ? watch::joinCommandLine(args) : display;

    m_recording = core::Recording{};
    m_recording.createdBy = std::string("concurrency-kitchen ") + KC_VERSION;
    m_recording.machine = core::currentMachine();
    m_recording.report.spec.model = core::ModelKind::Watched;
    m_recording.report.spec.chefs = 1;

    core::TelemetryHub* hub = m_hub;
    const uint64_t runId = m_runId;
    hub->attachExperiment(runId, core::watch::kMaxWatchedLanes,
                          [session = m_session] { return session->participants(); });
    core::watch::WatchCallbacks callbacks;
    // On the session's sampler thread: only hands the batch to the hub.
    callbacks.onEvents = [hub, runId](const std::vector<core::ChefEvent>& batch) {
        hub->pushEvents(runId, batch);
    };
    callbacks.onOutput = [inbox = m_inbox](bool isError, std::string_view chunk) {
        inbox->add(isError, chunk);
    };
    auto begun = m_session->start(spec, std::move(callbacks));
    if (!begun.ok()) {
        hub->detachExperiment(runId);
        emit failed(translateCoreError(begun.error()));
        return false;
    }
    m_recording.startNs = m_session->startNs();
    m_running = true;
    m_poll.start();
    emit started(m_command);
    return true;
}

void WatchController::stop() {
    if (m_running && m_session)
        m_session->stop();
}

void WatchController::addPoints(const std::vector<std::shared_ptr<const core::TelemetryPoint>>& points) {
    if (!m_running)
        return;
    bool any = false;
    for (const auto& p : points) {
        if (p->runId != m_runId || p->cpu.monotonicNs <= m_recording.startNs)
            continue; // an experiment's, an earlier watch's, or before the program existed
        // The live copy is for drawing: when memory runs short, drop its events (the
        // session keeps every one) rather than let bad_alloc end the window.
        try {
            m_recording.samples.push_back(core::toRecordedSample(*p, m_recording.startNs));
            m_recording.report.events.insert(m_recording.report.events.end(),
                                             p->events.begin(), p->events.end());
        } catch (const std::bad_alloc&) {
            std::vector<core::ChefEvent>().swap(m_recording.report.events);
        }
        any = true;
    }
    if (any) {
        refreshLive();
        emit liveUpdated(elapsed());
    }
}

void WatchController::refreshLive() {
    auto live = m_session->live();
    if (!live || live.get() == m_lastLive)
        return;
    m_live = live;
    m_lastLive = live.get();
    m_recording.report.watch = *live;
    m_recording.report.spec.chefs =
        std::clamp<uint32_t>(uint32_t(live->lanes.size()), 1, core::watch::kMaxWatchedLanes);
    m_recording.report.wallSeconds = live->seconds;
    if (live->looksStuck() && !m_stuckSaid) {
        m_stuckSaid = true;
        emit stuck(translateCoreError(live->stuck.front().text));
    }
}

void WatchController::drainOutput() {
    if (!m_inbox)
        return;
    std::vector<Inbox::Chunk> chunks;
    size_t dropped = 0;
    {
        std::lock_guard lock(m_inbox->mutex);
        chunks.swap(m_inbox->chunks);
        m_inbox->bytes = 0;
        std::swap(dropped, m_inbox->dropped);
    }
    for (const auto& c : chunks) {
        const QString text = m_decoders[c.isError ? 1 : 0](c.bytes);
        if (!text.isEmpty())
            emit outputArrived(c.isError, text);
    }
    if (dropped)
        emit outputArrived(true, tr("\n[%1 bytes of output were skipped: the program printed "
                                    "faster than the window can show]\n")
                                     .arg(dropped));
}

void WatchController::poll() {
    drainOutput();
    if (m_session->running()) {
        refreshLive();
        return;
    }
    m_session->wait();
    drainOutput(); // what it printed last
    m_poll.stop();
    m_running = false;
    m_hub->detachExperiment(m_runId);
    core::watch::WatchReport report = m_session->takeReport();
    const bool wasStuck = report.looksStuck();
    const QString stuckText = wasStuck ? translateCoreError(report.stuck.front().text) : QString();
    core::RunReport full;
    full.spec = m_recording.report.spec;
    core::watch::fillWatchedReport(full, std::move(report), m_session->takeEvents());
    m_recording.report = std::move(full);
    core::watch::summarizeWatchedSamples(m_recording);
    m_live.reset();
    m_lastLive = nullptr;
    if (wasStuck && !m_stuckSaid) {
        m_stuckSaid = true;
        emit stuck(stuckText);
    }
    emit finished(m_recording);
}

QString WatchController::exitText(const core::watch::WatchReport& r) {
    if (r.looksStuck() && r.stoppedByUs)
        return tr("looked stuck: stopped");
    if (r.stoppedByUs)
        return tr("stopped");
    if (r.exitCode >= 0)
        return tr("exited with status %1").arg(r.exitCode);
    if (!r.exitText.empty())
        return translateCoreError(r.exitText);
    return tr("ended");
}

QString WatchController::statusText(const QString& command, const core::watch::WatchReport* live) {
    if (!live || live->sampler.ticks == 0)
        return tr("Watching %1").arg(command);
    return tr("Watching %1 — %n thread(s), looked at %2 times a second, costing %3 % of a core",
              nullptr, int(live->lanes.size()))
        .arg(command)
        .arg(live->sampler.chosenHz, 0, 'f', 0)
        .arg(live->sampler.ownCpuPercent, 0, 'f', 1);
}

} // namespace kc::ui
