// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ffmpeg_writer.h"

#include "core/util/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc::ui {

namespace {
constexpr qint64 kMaxErrorBytes = 4096;  // what we keep of ffmpeg's complaints
constexpr qint64 kMaxPending = 32 << 20; // frames queued for the pipe before we wait
constexpr int kFinishMs = 120000;        // ffmpeg finishing the file after the last frame

// The process's umask without changing it (umask() would race other threads).
mode_t currentUmask() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine())
            if (line.startsWith("Umask:"))
                return mode_t(line.mid(6).trimmed().toUInt(nullptr, 8));
    return 022;
}
} // namespace

FfmpegWriter::~FfmpegWriter() {
    abort();
}

QStringList FfmpegWriter::arguments(QSize size, int fps, const QString& output) const {
    QStringList args{QStringLiteral("-hide_banner"),
                     QStringLiteral("-loglevel"),
                     QStringLiteral("error"),
                     QStringLiteral("-f"),
                     QStringLiteral("rawvideo"),
                     QStringLiteral("-pix_fmt"),
                     QStringLiteral("rgba"),
                     QStringLiteral("-s"),
                     QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                     QStringLiteral("-framerate"),
                     QString::number(fps),
                     QStringLiteral("-i"),
                     QStringLiteral("pipe:0"),
                     QStringLiteral("-an")};
    if (m_webm)
        args << QStringLiteral("-c:v") << QStringLiteral("libvpx-vp9") << QStringLiteral("-crf")
             << QStringLiteral("32") << QStringLiteral("-b:v") << QStringLiteral("0")
             << QStringLiteral("-deadline") << QStringLiteral("realtime")
             << QStringLiteral("-cpu-used") << QStringLiteral("8") << QStringLiteral("-f")
             << QStringLiteral("webm");
    else
        args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
             << QStringLiteral("veryfast") << QStringLiteral("-crf") << QStringLiteral("20")
             << QStringLiteral("-movflags") << QStringLiteral("+faststart") << QStringLiteral("-f")
             << QStringLiteral("mp4");
    // 4:2:0, which every player reads, needs even sizes: the exporter makes them even.
    args << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p") << QStringLiteral("-y")
         << output;
    return args;
}

QString FfmpegWriter::failed() {
    if (m_process) {
        m_errors += m_process->readAllStandardError();
        m_errors = m_errors.right(kMaxErrorBytes);
    }
    QString why = QString::fromUtf8(m_errors).trimmed();
    if (why.isEmpty() && m_process)
        why = m_process->errorString();
    return QCoreApplication::translate("kc::ui::AnimationExport", "ffmpeg failed: %1").arg(why);
}

QString FfmpegWriter::open(const QString& path, QSize size, int fps) {
    // A symlink is written through, as core::saveAtomically does: its final file is
    // replaced and the link stays.
    m_path = path;
    for (int hops = 0; hops < 16 && QFileInfo(m_path).isSymLink(); ++hops)
        m_path = QFileInfo(m_path).symLinkTarget();
    const QFileInfo target(m_path);
    // Temporaries of an export that was killed (ours, as saveAtomically names them).
    core::removeStaleTemporaries(QFile::encodeName(target.absolutePath()).toStdString());
    m_temp = std::make_unique<QTemporaryFile>(target.absoluteDir().filePath(
        QStringLiteral(".%1.kc-tmp-%2-XXXXXX").arg(target.fileName()).arg(::getpid())));
    if (!m_temp->open())
        return QCoreApplication::translate(
                   "kc::ui::AnimationExport",
                   "Cannot write %1: is the folder there, and may it be written to?")
            .arg(path);
    m_temp->close(); // ffmpeg writes it (-y); we keep the name, and remove it unless renamed
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_ffmpeg);
    m_process->setArguments(arguments(size, fps, m_temp->fileName()));
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(); // read and write: we read its stderr
    if (!m_process->waitForStarted(10000))
        return failed();
    return {};
}

QString FfmpegWriter::add(const QImage& frame, int index) {
    (void)index;
    if (!m_process || m_process->state() != QProcess::Running)
        return failed();
    const QImage img = frame.convertToFormat(QImage::Format_RGBA8888);
    // RGBA8888 rows are width * 4 bytes with no padding: the raw layout ffmpeg reads.
    m_process->write(reinterpret_cast<const char*>(img.constBits()), img.sizeInBytes());
    while (m_process->bytesToWrite() > kMaxPending) {
        if (!m_process->waitForBytesWritten(30000) || m_process->state() != QProcess::Running)
            return failed();
    }
    // Read what it says as we go, so its stderr pipe never fills and blocks it.
    m_errors += m_process->readAllStandardError();
    m_errors = m_errors.right(kMaxErrorBytes);
    return {};
}

QString FfmpegWriter::finish(int frames) {
    (void)frames;
    if (!m_process)
        return failed();
    while (m_process->bytesToWrite() > 0 && m_process->state() == QProcess::Running)
        m_process->waitForBytesWritten(30000);
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(kFinishMs) || m_process->exitStatus() != QProcess::NormalExit ||
        m_process->exitCode() != 0) {
        const QString err = failed();
        abort();
        return err;
    }
    m_process.reset();
    const QString temp = m_temp->fileName();
    // The permissions of the file it replaces, else what open(0666) would give (the
    // temporary file was made 0600).
    struct stat st {};
    const mode_t mode = ::stat(QFile::encodeName(m_path).constData(), &st) == 0
                            ? (st.st_mode & 07777)
                            : (0666 & ~currentUmask());
    (void)!::chmod(QFile::encodeName(temp).constData(), mode);
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        abort();
        return QCoreApplication::translate("kc::ui::AnimationExport", "Cannot write %1: %2")
            .arg(m_path, why);
    }
    m_temp->setAutoRemove(false); // it is the target now
    m_temp.reset();
    m_written = QFileInfo(m_path).size();
    return {};
}

void FfmpegWriter::abort() {
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(2000);
        m_process.reset();
    }
    m_temp.reset(); // removes the temporary file
}

} // namespace kc::ui
