// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One running window per user (issue 15, shared lab machines). Two windows sampling /proc
// and running experiments at once disturb each other's measurements, silently; so a
// second start hands its file to the first window and exits, unless asked explicitly
// (--new-instance) to run alongside, and then both windows say so.
//
// How: a QLockFile (the first window holds it; a crashed holder's lock is stale and
// taken over at once: Qt checks the holder's pid and its flock) and, beside it, a Unix
// socket the first window listens on. A plain AF_UNIX socket rather than QLocalServer:
// it needs no Qt Network, and SO_PEERCRED lets us refuse any peer that is not this user.
// Both live in $XDG_RUNTIME_DIR (per user by the spec) or, without it, in a private
// folder /tmp/concurrency-kitchen-<uid> (0700, ours, checked).
//
// Protocol: one JSON line each way, at most kMaxLine bytes (anything longer or not an
// object is dropped: a peer is hostile until checked, even one of our own uid).
//   {"cmd":"activate","file":"/abs/x.kitchen.json","lesson":"gil"} -> {"ok":true,"pid":N,
//       "title":"...","banner":"...","others":K,"error":"..."}   and the line is closed.
//   {"cmd":"hello","pid":N} -> {"ok":true,"pid":N}, and the line stays open: a window
//       running alongside. Its end (exit or crash: the kernel closes it) ends the notice.
//
// Threading: GUI thread only. The constructor, tryBecomeFirst() and handOver() need no
// QCoreApplication (a second start answers before building anything); start() does.

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSocketNotifier;
class QTimer;

namespace kc::ui {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    /// Longest protocol line, newline included.
    static constexpr int kMaxLine = 16 * 1024;

    /// dir: where the lock and the socket live; "" = defaultDir().
    explicit SingleInstance(const QString& dir = {}, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// Whether the window's start checks for another one. KC_SINGLE_INSTANCE=1 or 0
    /// decides; otherwise on, except on the offscreen platform: an offscreen window can
    /// be neither seen nor raised, and the tests start many of them at once.
    static bool wanted();
    /// $XDG_RUNTIME_DIR when it is set, absolute and ours; else /tmp/concurrency-kitchen-
    /// <uid>, created 0700. "" (with *why) when neither can be trusted.
    static QString defaultDir(QString* why = nullptr);

    /// "" when the folder is usable, else why not (single instance is then off).
    QString problem() const { return m_problem; }
    QString lockPath() const;
    QString socketPath() const;

    /// Takes the lock without waiting. True: this is the first window; it listens from
    /// now on (connections wait in the backlog until start()).
    bool tryBecomeFirst();
    bool isFirst() const { return m_listenFd >= 0; }
    /// The pid in the lock file (the first window), 0 when unknown.
    qint64 firstPid() const;

    /// What the first window answered to a second start.
    struct Reply {
        qint64 pid = 0;
        QString title;  ///< its window title after the request
        QString banner; ///< its notice above the charts ("" when none)
        QString error;  ///< why the file could not be opened ("" when it was, or none)
        int others = 0; ///< windows running alongside it
    };
    /// Asks the first window to come to the front and open file (absolute path; "" for
    /// none) and lesson ("" for none). Retries the connection while the lock's holder
    /// is alive (it may be starting) and waits timeoutMs in all. nullopt with *why when
    /// no answer came.
    std::optional<Reply> handOver(const QString& file, const QString& lesson, int timeoutMs,
                                  QString* why);

    /// Runs alongside another window (--new-instance): becomes the first when there is
    /// none, else says hello to it once start() runs, and keeps saying it (taking over
    /// when the first window ends).
    void runAlongside();

    /// Needs the QCoreApplication: serves requests (first) or keeps the hello line.
    void start();

    /// Windows of this user running beside this one (0 when alone).
    int others() const;

    /// Called for each accepted "activate" request; returns the reply's fields
    /// (title, banner, error). Without one, requests are answered with an error.
    using ActivateHandler = std::function<QJsonObject(const QString& file, const QString& lesson)>;
    void setActivateHandler(ActivateHandler handler) { m_onActivate = std::move(handler); }

signals:
    /// others() changed.
    void othersChanged(int others);

private:
    struct Peer;
    bool listen();
    void onAccept();
    void onPeerReadable(Peer* peer);
    void dropPeer(Peer* peer);
    void handleLine(Peer* peer, const QByteArray& line);
    bool connectHello(); // a hello line to the first window (no Qt needed)
    void watchHello();   // its end is the first window's end
    void tryJoin();
    void onFirstLost();
    void setOthers(int others);

    QString m_dir;
    QString m_problem;
    std::unique_ptr<QLockFile> m_lock;
    int m_listenFd = -1;
    QSocketNotifier* m_acceptNotifier = nullptr;
    std::vector<std::unique_ptr<Peer>> m_peers; // connected clients (first window)
    int m_helloFd = -1;                         // our line to the first window (alongside)
    QSocketNotifier* m_helloNotifier = nullptr;
    QTimer* m_retry = nullptr; // alongside without a line: try again
    bool m_alongside = false;
    bool m_started = false;
    int m_others = 0;
    ActivateHandler m_onActivate;
};

} // namespace kc::ui
