// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/gif_palette.h"

#include <algorithm>

namespace kc::ui {

namespace {

int binOf(uint32_t rgb) {
    return int(((rgb >> 19) & 0x1f) << 10 | ((rgb >> 11) & 0x1f) << 5 | ((rgb >> 3) & 0x1f));
}

struct Bin {
    uint64_t count = 0;
    uint64_t r = 0, g = 0, b = 0; // sums of the real colours that fell in the bin
    int key = 0;
    int channel(int c) const { return (key >> (10 - 5 * c)) & 0x1f; }
};

struct Box {
    int begin, end; // range in the bins vector
    uint64_t count;
    int longest; // channel with the widest range
    int range;   // that range, in 5-bit steps
};

Box makeBox(const std::vector<Bin>& bins, int begin, int end) {
    Box box{begin, end, 0, 0, 0};
    int lo[3] = {31, 31, 31}, hi[3] = {0, 0, 0};
    for (int i = begin; i < end; ++i) {
        box.count += bins[size_t(i)].count;
        for (int c = 0; c < 3; ++c) {
            lo[c] = std::min(lo[c], bins[size_t(i)].channel(c));
            hi[c] = std::max(hi[c], bins[size_t(i)].channel(c));
        }
    }
    for (int c = 0; c < 3; ++c)
        if (hi[c] - lo[c] > box.range) {
            box.range = hi[c] - lo[c];
            box.longest = c;
        }
    return box;
}

} // namespace

void GifPalette::build(const std::vector<QImage>& samples, int maxColours) {
    maxColours = std::clamp(maxColours, 2, 256);
    std::vector<Bin> all(32768);
    for (const QImage& sample : samples) {
        const QImage img = sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < img.height(); ++y) {
            const auto* line = reinterpret_cast<const uint32_t*>(img.constScanLine(y));
            for (int x = 0; x < img.width(); ++x) {
                const uint32_t rgb = line[x] & 0xffffff;
                Bin& bin = all[size_t(binOf(rgb))];
                ++bin.count;
                bin.r += (rgb >> 16) & 0xff;
                bin.g += (rgb >> 8) & 0xff;
                bin.b += rgb & 0xff;
            }
        }
    }
    std::vector<Bin> bins;
    m_binMean.assign(32768, 0xff000000); // 0xff000000: not seen (no colour has alpha bits)
    for (int k = 0; k < 32768; ++k)
        if (const uint64_t n = all[size_t(k)].count) {
            m_binMean[size_t(k)] = uint32_t((all[size_t(k)].r + n / 2) / n) << 16 |
                                   uint32_t((all[size_t(k)].g + n / 2) / n) << 8 |
                                   uint32_t((all[size_t(k)].b + n / 2) / n);
            all[size_t(k)].key = k;
            bins.push_back(all[size_t(k)]);
        }
    m_colours.clear();
    m_lookup.fill(0);
    if (bins.empty()) {
        m_colours = {0xffffff, 0x000000};
        return;
    }
    // Median cut: split the box that weighs most (pixels times spread) at the median
    // pixel of its widest channel, until there are enough boxes or none can split.
    std::vector<Box> boxes{makeBox(bins, 0, int(bins.size()))};
    while (int(boxes.size()) < maxColours) {
        auto widest = std::max_element(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) {
            return a.count * uint64_t(a.range) < b.count * uint64_t(b.range);
        });
        if (widest->range == 0)
            break;
        const Box box = *widest;
        const int c = box.longest;
        std::sort(bins.begin() + box.begin, bins.begin() + box.end,
                  [c](const Bin& a, const Bin& b) { return a.channel(c) < b.channel(c); });
        uint64_t half = 0;
        int cut = box.begin + 1;
        for (int i = box.begin; i < box.end - 1; ++i) {
            half += bins[size_t(i)].count;
            cut = i + 1;
            if (half * 2 >= box.count)
                break;
        }
        *widest = makeBox(bins, box.begin, cut);
        boxes.push_back(makeBox(bins, cut, box.end));
    }
    for (const Box& box : boxes) {
        uint64_t r = 0, g = 0, b = 0;
        for (int i = box.begin; i < box.end; ++i) {
            r += bins[size_t(i)].r;
            g += bins[size_t(i)].g;
            b += bins[size_t(i)].b;
        }
        const uint64_t n = std::max<uint64_t>(box.count, 1);
        m_colours.push_back(uint32_t((r + n / 2) / n) << 16 | uint32_t((g + n / 2) / n) << 8 |
                            uint32_t((b + n / 2) / n));
    }
}

uint8_t GifPalette::indexOf(uint32_t rgb) {
    const int bin = binOf(rgb);
    if (int16_t known = m_lookup[size_t(bin)])
        return uint8_t(known - 1);
    // One colour stands for every colour in its bin: one search per bin, not per pixel.
    // It is the mean of the bin's pixels in the samples (so a flat colour finds itself),
    // else the bin's centre.
    int r = ((bin >> 10) & 0x1f) * 8 + 4, g = ((bin >> 5) & 0x1f) * 8 + 4, b = (bin & 0x1f) * 8 + 4;
    if (size_t(bin) < m_binMean.size() && m_binMean[size_t(bin)] != 0xff000000) {
        const uint32_t mean = m_binMean[size_t(bin)];
        r = int((mean >> 16) & 0xff);
        g = int((mean >> 8) & 0xff);
        b = int(mean & 0xff);
    }
    int best = 0;
    long bestDistance = -1;
    for (int i = 0; i < size(); ++i) {
        const uint32_t c = m_colours[size_t(i)];
        const long dr = long((c >> 16) & 0xff) - r, dg = long((c >> 8) & 0xff) - g,
                   db = long(c & 0xff) - b;
        // Green weighs most to the eye, blue least.
        const long d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
        if (bestDistance < 0 || d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    m_lookup[size_t(bin)] = int16_t(best + 1);
    return uint8_t(best);
}

} // namespace kc::ui
