// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Watches a learner's program from the window, as RunController runs experiments:
// starts a core WatchSession, attaches it to the telemetry hub (so the burners and
// switches charts follow the program's threads), builds the live recording (model
// Watched) as points arrive, and hands over the finished recording. The program's
// output is queued from the session's output thread and delivered on the GUI thread.
// Nothing outlives a watch: stop() ends the program's whole process group, and so does
// destroying the controller (closing the window).

#include "core/experiment/recording.h"
#include "core/telemetry/telemetry_hub.h"
#include "core/watch/watch_session.h"

#include <QObject>
#include <QStringDecoder>
#include <QTimer>
#include <memory>
#include <vector>

namespace kc::ui {

/// Threading: GUI thread only, except that the session calls the output and events
/// callbacks on its own threads; those only append to the inbox (under its mutex, a
/// copy of the chunk) or hand events to the hub. The GUI drains the inbox every 20 ms.
class WatchController : public QObject {
    Q_OBJECT
public:
    explicit WatchController(core::TelemetryHub* hub, QObject* parent = nullptr);
    ~WatchController() override;   ///< ends the program (its whole group) and waits

    /// Starts watching spec; false (and failed) when it cannot start or a watch is on.
    /// display names it for people ("" = its command line).
    bool start(core::watch::WatchSpec spec, const QString& display = {});
    /// Ends the program's whole group; finished follows within about half a second.
    void stop();
    bool running() const { return m_running; }
    /// The recording so far (live) or of the last watch.
    const core::Recording& recording() const { return m_recording; }
    /// Seconds since the watch began.
    double elapsed() const;
    /// The watched command, as one line (for the status bar).
    QString commandText() const { return m_command; }
    /// What the current (or last) watch runs, as validated.
    const core::watch::WatchSpec& spec() const { return m_spec; }
    /// The program's process (the root of the group), 0 before it is known.
    pid_t programPid() const;

    /// Feeds points from the TelemetryPump; points of other runs are dropped.
    void addPoints(const std::vector<std::shared_ptr<const core::TelemetryPoint>>& points);

    /// The status bar's line while watching: what, the sampler's rate and its cost.
    static QString statusText(const QString& command, const core::watch::WatchReport* live);

    /// Output kept waiting for the GUI at most (a program printing in a loop must not
    /// fill our memory): beyond it, output is dropped and the console says how much.
    static constexpr size_t kMaxPendingBytes = 256 * 1024;

    /// The end of a watch in words: "exited with status 0", "stopped", "looked stuck:
    /// stopped", in the interface language.
    static QString exitText(const core::watch::WatchReport& report);

signals:
    void started(const QString& command);
    void liveUpdated(double seconds);
    void finished(const kc::core::Recording& recording);
    void failed(const QString& message);
    /// A piece of the program's stdout (isError false) or stderr, in order.
    void outputArrived(bool isError, const QString& text);
    /// Once per watch: the program looks stuck (the report's words).
    void stuck(const QString& text);

private:
    void poll();
    void drainOutput();
    void refreshLive();

    struct Inbox;   // the program's output on its way to the GUI thread

    core::TelemetryHub* m_hub;
    // Shared with the hub's participants function, which the hub may still be calling
    // just after detachExperiment returns: the session must outlive that call.
    std::shared_ptr<core::watch::WatchSession> m_session;
    core::Recording m_recording;
    uint64_t m_runId;
    bool m_running = false;
    bool m_stuckSaid = false;
    QString m_command;
    core::watch::WatchSpec m_spec;
    QTimer m_poll;

    // Shared with the session's output callback, so a late chunk never meets a
    // controller that is gone.
    std::shared_ptr<Inbox> m_inbox;
    // GUI thread only: a UTF-8 character split between two chunks waits for the next.
    QStringDecoder m_decoders[2];
    const core::watch::WatchReport* m_lastLive = nullptr;
    std::shared_ptr<const core::watch::WatchReport> m_live;
};

} // namespace kc::ui
