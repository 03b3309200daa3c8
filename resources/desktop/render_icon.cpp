// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the app's SVG icon to the PNG sizes a hicolor theme wants, at build time, so
// that the PNGs never drift from the drawing (resources/CMakeLists.txt calls it).
// Usage: kc-render-icon ICON.svg OUT.png SIZE
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s ICON.svg OUT.png SIZE\n", argv[0]);
    return 2;
  }
  // No QGuiApplication: painting into a QImage needs no display (a build machine has none).
  const int size = std::atoi(argv[3]);
  if (size < 8 || size > 1024) {
    std::fprintf(stderr, "kc-render-icon: size %s is not in 8..1024\n", argv[3]);
    return 2;
  }
  QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
  if (!svg.isValid()) {
    std::fprintf(stderr, "kc-render-icon: cannot read %s\n", argv[1]);
    return 1;
  }
  QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  svg.render(&painter, QRectF(0, 0, size, size));
  painter.end();
  if (!image.save(QString::fromLocal8Bit(argv[2]), "PNG")) {
    std::fprintf(stderr, "kc-render-icon: cannot write %s\n", argv[2]);
    return 1;
  }
  return 0;
}
