// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One palette for a whole GIF, chosen by median cut from a few frames spread over the
// animation. The kitchen has few flat colours and anti-aliased edges: a palette of the
// colours it really uses (each the mean of the pixels it stands for) keeps the flat
// colours exact, where a fixed 6x7x6 cube would shift them; one palette for every frame
// keeps a still part of the picture from flickering as a per-frame palette would.

#include <QImage>
#include <array>
#include <cstdint>
#include <vector>

namespace kc::ui {

/// Threading: one thread.
class GifPalette {
public:
    /// Colours are binned at 5 bits per channel (32768 bins) and cut down to at most
    /// maxColours (<= 256); the frames' alpha is ignored (they are opaque).
    void build(const std::vector<QImage>& samples, int maxColours);
    int size() const { return int(m_colours.size()); }
    /// Colour i as 0xRRGGBB.
    uint32_t colour(int i) const { return m_colours[size_t(i)]; }
    /// The index of the palette colour nearest to rgb (0xRRGGBB); remembered per bin.
    uint8_t indexOf(uint32_t rgb);

private:
    std::vector<uint32_t> m_colours;
    std::array<int16_t, 32768> m_lookup{}; // bin -> index + 1 (0: not looked up yet)
    std::vector<uint32_t> m_binMean;       // the mean colour of a bin seen in the samples
};

} // namespace kc::ui
