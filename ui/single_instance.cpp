// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/single_instance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

namespace kc::ui {

namespace {

constexpr int kMaxPeers = 32;          // more at once is not a person starting the app
constexpr int kMaxFileChars = 4096;    // PATH_MAX
constexpr int kMaxLessonChars = 128;

bool ownedPrivateDir(const QByteArray& path, bool requirePrivate) {
    struct stat st {};
    if (::lstat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return false;
    return !requirePrivate || (st.st_mode & 077) == 0;
}

bool fillAddress(const QString& path, sockaddr_un* a) {
    const QByteArray p = QFile::encodeName(path);
    std::memset(a, 0, sizeof *a);
    a->sun_family = AF_UNIX;
    if (size_t(p.size()) >= sizeof a->sun_path)
        return false;
    std::memcpy(a->sun_path, p.constData(), size_t(p.size()));
    return true;
}

// Writes all of data or fails: our lines are small, a socket takes them whole.
bool writeAll(int fd, const QByteArray& data) {
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + done, size_t(data.size() - done),
                                 MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QByteArray jsonLine(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

struct SingleInstance::Peer {
    int fd = -1;
    QSocketNotifier* notifier = nullptr;
    QByteArray buffer;
    bool hello = false;
    ~Peer() {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater(); // we may be inside its activated() signal
        }
        if (fd >= 0)
            ::close(fd);
    }
};

SingleInstance::SingleInstance(const QString& dir, QObject* parent)
    : QObject(parent), m_dir(dir.isEmpty() ? defaultDir(&m_problem) : dir) {
    if (m_problem.isEmpty() && !dir.isEmpty() && !ownedPrivateDir(QFile::encodeName(dir), false))
        m_problem = QStringLiteral("%1 is not a folder of this user").arg(dir);
    sockaddr_un a{};
    if (m_problem.isEmpty() && !fillAddress(socketPath(), &a))
        m_problem = QStringLiteral("the path %1 is too long for a socket").arg(socketPath());
}

SingleInstance::~SingleInstance() {
    m_peers.clear();
    if (m_helloFd >= 0)
        ::close(m_helloFd);
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        ::unlink(QFile::encodeName(socketPath()).constData()); // before the lock goes
    }
    // m_lock's destructor removes the lock file.
}

bool SingleInstance::wanted() {
    const QByteArray forced = qgetenv("KC_SINGLE_INSTANCE");
    if (forced == "1")
        return true;
    if (forced == "0")
        return false;
    return qgetenv("QT_QPA_PLATFORM") != "offscreen";
}

QString SingleInstance::defaultDir(QString* why) {
    const QByteArray xdg = qgetenv("XDG_RUNTIME_DIR");
    if (xdg.startsWith('/') && ownedPrivateDir(xdg, false))
        return QFile::decodeName(xdg);
    // /tmp is shared by every user: a folder of our own, private, that nobody else
    // could have made for us (lstat: a symlink planted there is refused).
    const QByteArray mine = QFile::encodeName(QDir::tempPath()) + "/concurrency-kitchen-" +
                            QByteArray::number(uint(::geteuid()));
    if (::mkdir(mine.constData(), 0700) != 0 && errno != EEXIST) {
        if (why)
            *why = QStringLiteral("cannot make %1: %2").arg(QFile::decodeName(mine),
                                                           QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    if (!ownedPrivateDir(mine, true)) {
        if (why)
            *why = QStringLiteral("%1 is not a private folder of this user").arg(QFile::decodeName(mine));
        return {};
    }
    return QFile::decodeName(mine);
}

QString SingleInstance::lockPath() const { return m_dir + QStringLiteral("/concurrency-kitchen.lock"); }

QString SingleInstance::socketPath() const {
    return m_dir + QStringLiteral("/concurrency-kitchen.socket");
}

qint64 SingleInstance::firstPid() const {
    if (isFirst())
        return qint64(::getpid());
    qint64 pid = 0;
    QString host, app;
    QLockFile probe(lockPath());
    return probe.getLockInfo(&pid, &host, &app) ? pid : 0;
}

bool SingleInstance::tryBecomeFirst() {
    if (!m_problem.isEmpty() || isFirst())
        return isFirst();
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPath());
        // Never stale by age: the first window may run for days. A crashed one's lock is
        // still taken over at once (its pid is gone and its flock with it).
        m_lock->setStaleLockTime(0);
    }
    if (!m_lock->tryLock(0))
        return false;
    if (!listen()) {
        m_lock->unlock(); // a first window nobody can reach would block every start
        return false;
    }
    return true;
}

bool SingleInstance::listen() {
    sockaddr_un a{};
    if (!fillAddress(socketPath(), &a))
        return false;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return false;
    // A crashed first window's socket file: we hold the lock, so nobody listens there.
    ::unlink(a.sun_path);
    const mode_t old = ::umask(077);
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && ::listen(fd, 16) == 0;
    ::umask(old);
    if (!ok) {
        m_problem = QStringLiteral("cannot listen on %1: %2")
                        .arg(socketPath(), QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return false;
    }
    m_listenFd = fd;
    if (m_started) { // took over from a first window that ended
        m_acceptNotifier = new QSocketNotifier(m_listenFd, QSocketNotifier::Read, this);
        connect(m_acceptNotifier, &QSocketNotifier::activated, this, &SingleInstance::onAccept);
    }
    return true;
}

void SingleInstance::start() {
    if (m_started)
        return;
    m_started = true;
    if (isFirst()) {
        m_acceptNotifier = new QSocketNotifier(m_listenFd, QSocketNotifier::Read, this);
        connect(m_acceptNotifier, &QSocketNotifier::activated, this, &SingleInstance::onAccept);
    } else if (m_alongside) {
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        m_retry->setInterval(500);
        connect(m_retry, &QTimer::timeout, this, &SingleInstance::tryJoin);
        if (m_helloFd >= 0)
            watchHello();
        else
            tryJoin();
    }
}

void SingleInstance::onAccept() {
    for (;;) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) {
            if (errno == EINTR)
                continue;
            return; // EAGAIN: all taken; anything else: the next activation retries
        }
        ucred cred{};
        socklen_t len = sizeof cred;
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 ||
            cred.uid != ::geteuid() || int(m_peers.size()) >= kMaxPeers) {
            ::close(fd);
            continue;
        }
        auto peer = std::make_unique<Peer>();
        peer->fd = fd;
        peer->notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        Peer* raw = peer.get();
        connect(peer->notifier, &QSocketNotifier::activated, this, [this, raw] { onPeerReadable(raw); });
        m_peers.push_back(std::move(peer));
    }
}

void SingleInstance::onPeerReadable(Peer* peer) {
    char buf[4096];
    for (;;) {
        const ssize_t n = ::recv(peer->fd, buf, sizeof buf, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n <= 0) { // the other side ended (or failed): a window alongside is gone
            dropPeer(peer);
            return;
        }
        if (peer->hello)
            continue; // nothing more is expected on a hello line
        peer->buffer.append(buf, n);
        const qsizetype nl = peer->buffer.indexOf('\n');
        if (nl < 0) {
            if (peer->buffer.size() >= kMaxLine)
                dropPeer(peer);
            else
                continue;
            return;
        }
        handleLine(peer, peer->buffer.left(nl));
        return; // handleLine may have dropped the peer
    }
}

void SingleInstance::dropPeer(Peer* peer) {
    const bool hello = peer->hello;
    auto it = std::find_if(m_peers.begin(), m_peers.end(),
                           [peer](const std::unique_ptr<Peer>& p) { return p.get() == peer; });
    if (it != m_peers.end())
        m_peers.erase(it);
    if (hello)
        setOthers(int(std::count_if(m_peers.begin(), m_peers.end(),
                                    [](const std::unique_ptr<Peer>& p) { return p->hello; })));
}

void SingleInstance::handleLine(Peer* peer, const QByteArray& line) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        dropPeer(peer);
        return;
    }
    const QJsonObject req = doc.object();
    const QString cmd = req.value(QStringLiteral("cmd")).toString();
    QJsonObject reply{{QStringLiteral("ok"), true}, {QStringLiteral("pid"), qint64(::getpid())}};
    if (cmd == QLatin1String("hello")) {
        peer->hello = true;
        peer->buffer.clear();
        if (!writeAll(peer->fd, jsonLine(reply))) {
            dropPeer(peer);
            return;
        }
        setOthers(int(std::count_if(m_peers.begin(), m_peers.end(),
                                    [](const std::unique_ptr<Peer>& p) { return p->hello; })));
        return;
    }
    if (cmd != QLatin1String("activate")) {
        dropPeer(peer);
        return;
    }
    const QString file = req.value(QStringLiteral("file")).toString();
    const QString lesson = req.value(QStringLiteral("lesson")).toString();
    // Only an absolute path to a file, no NUL: anything else is not what a start sends.
    if (file.size() > kMaxFileChars || lesson.size() > kMaxLessonChars ||
        file.contains(QChar(0)) || (!file.isEmpty() && !QDir::isAbsolutePath(file))) {
        dropPeer(peer);
        return;
    }
    if (m_onActivate) {
        const QJsonObject fields = m_onActivate(file, lesson);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            reply.insert(it.key(), it.value());
    } else {
        reply.insert(QStringLiteral("error"), QStringLiteral("the window is not ready"));
    }
    reply.insert(QStringLiteral("others"), m_others);
    writeAll(peer->fd, jsonLine(reply));
    dropPeer(peer);
}

std::optional<SingleInstance::Reply> SingleInstance::handOver(const QString& file,
                                                              const QString& lesson,
                                                              int timeoutMs, QString* why) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    auto left = [&] {
        return int(std::max<int64_t>(0, std::chrono::duration_cast<std::chrono::milliseconds>(
                                            deadline - Clock::now()).count()));
    };
    sockaddr_un a{};
    if (!fillAddress(socketPath(), &a)) {
        if (why)
            *why = m_problem;
        return std::nullopt;
    }
    QJsonObject req{{QStringLiteral("cmd"), QStringLiteral("activate")},
                    {QStringLiteral("file"), file},
                    {QStringLiteral("lesson"), lesson}};
    const QByteArray request = jsonLine(req);
    // The first window may hold the lock a moment before it listens: retry briefly.
    int fd = -1;
    int lastErrno = 0;
    while (fd < 0) {
        fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
            lastErrno = errno;
            ::close(fd);
            fd = -1;
        }
        if (fd >= 0)
            break;
        if (left() == 0) {
            if (why)
                *why = QStringLiteral("nobody listens on %1 (%2)")
                           .arg(socketPath(), QString::fromLocal8Bit(std::strerror(lastErrno)));
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    QByteArray answer;
    bool sent = writeAll(fd, request);
    while (sent && !answer.contains('\n') && answer.size() < kMaxLine) {
        pollfd p{fd, POLLIN, 0};
        const int r = ::poll(&p, 1, left());
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        char buf[4096];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        answer.append(buf, n);
    }
    ::close(fd);
    const QJsonDocument doc = QJsonDocument::fromJson(answer.left(answer.indexOf('\n')));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("ok")).toBool()) {
        if (why)
            *why = answer.isEmpty() ? QStringLiteral("it did not answer within %1 ms").arg(timeoutMs)
                                    : QStringLiteral("it gave an answer we cannot read");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Reply r;
    r.pid = o.value(QStringLiteral("pid")).toInteger();
    r.title = o.value(QStringLiteral("title")).toString().left(1024);
    r.banner = o.value(QStringLiteral("banner")).toString().left(4096);
    r.error = o.value(QStringLiteral("error")).toString().left(4096);
    r.others = std::clamp(o.value(QStringLiteral("others")).toInt(), 0, kMaxPeers);
    return r;
}

void SingleInstance::runAlongside() {
    m_alongside = true;
    if (!m_problem.isEmpty() || tryBecomeFirst())
        return;
    // The lock is held by a live process: another window runs, whether or not it
    // answers yet. Hello at once: the first window counts us while we build ours.
    m_others = 1;
    connectHello();
}

int SingleInstance::others() const { return m_others; }

void SingleInstance::setOthers(int others) {
    if (others == m_others)
        return;
    m_others = others;
    emit othersChanged(others);
}

bool SingleInstance::connectHello() {
    sockaddr_un a{};
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0 || !fillAddress(socketPath(), &a) ||
        ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        !writeAll(fd, jsonLine({{QStringLiteral("cmd"), QStringLiteral("hello")},
                                {QStringLiteral("pid"), qint64(::getpid())}}))) {
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    m_helloFd = fd;
    return true;
}

void SingleInstance::watchHello() {
    m_helloNotifier = new QSocketNotifier(m_helloFd, QSocketNotifier::Read, this);
    connect(m_helloNotifier, &QSocketNotifier::activated, this, [this] {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::recv(m_helloFd, buf, sizeof buf, 0);
            if (n > 0)
                continue; // its "ok": nothing to do
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return;
            onFirstLost();
            return;
        }
    });
}

void SingleInstance::tryJoin() {
    if (isFirst() || m_helloFd >= 0)
        return;
    if (tryBecomeFirst()) { // the first window ended: we are it now
        setOthers(int(std::count_if(m_peers.begin(), m_peers.end(),
                                    [](const std::unique_ptr<Peer>& p) { return p->hello; })));
        return;
    }
    setOthers(std::max(1, m_others)); // the lock's holder is alive
    if (!connectHello()) {
        m_retry->start();
        return;
    }
    watchHello();
}

void SingleInstance::onFirstLost() {
    m_helloNotifier->setEnabled(false);
    m_helloNotifier->deleteLater();
    m_helloNotifier = nullptr;
    ::close(m_helloFd);
    m_helloFd = -1;
    // Its lock goes a moment after its socket: the retry takes over then.
    tryJoin();
}

} // namespace kc::ui
