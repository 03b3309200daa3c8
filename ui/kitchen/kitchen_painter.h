// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a SceneState: the header, the burners (CPU cores) shared by every kitchen, the
// kitchens with their stations (knife line, oven timer, delivery door, bench), the
// ticket rail, the pass, and the legend. Laid out on a 1280x720 logical canvas scaled
// to fit, so fonts stay legible on a projector and screenshots look the same.

#include "ui/kitchen/kitchen_model.h"
#include "ui/kitchen/sprites.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <utility>
#include <QStringList>
#include <QTransform>

#include <array>
#include <functional>
#include <vector>

class QPainter;

namespace kc::ui {

/// The parts of the scene a lesson can point at (core/lessons/lesson.h kKitchenParts).
enum class KitchenPart { Burners, Chefs, Tickets, Knife, Pantry, OrderBoard, Kitchens, Timer, Count };
/// "order_board" -> KitchenPart::OrderBoard; Count for an unknown name.
KitchenPart kitchenPartFromName(const QString& name);

/// Threading: GUI thread (owns a pixmap cache).
class KitchenPainter {
    Q_DECLARE_TR_FUNCTIONS(kc::ui::KitchenPainter)
public:
    void paint(QPainter& p, const QRectF& area, const SceneState& s);

    /// Parts to outline with a glow (unknown names are ignored; empty = none).
    void setHighlights(const QStringList& parts);
    const QStringList& highlights() const { return m_highlightNames; }
    /// Phase of the highlight's pulse, 0..1 (the view advances it while highlights show).
    void setPulse(double phase) { m_pulse = phase; }
    /// true (the default): the dark theme paints a dark kitchen; false: always light
    /// (slides and exports look the same whatever the theme).
    void setFollowTheme(bool follow) { m_followTheme = follow; }
    /// Where each part was drawn in the last paint, in the area's coordinates.
    std::vector<QRectF> partRects(KitchenPart part) const;
    /// Where chef lane was drawn in the last paint (area coordinates); empty if not.
    QRectF chefRect(uint32_t lane) const;
    /// Where the room's station with this icon was last drawn (area coordinates), e.g.
    /// Sprite::Marker for the line for the marker; empty if none was.
    QRectF stationRect(Sprite icon) const;
    /// Where a watched room's station for a wait was drawn (area coordinates); empty if not.
    QRectF watchStationRect(int kitchen, core::ChefState state) const;
    /// The texts of the banners drawn in the last paint (a watched program's "looks
    /// stuck" and "left the order board").
    const QStringList& banners() const { return m_banners; }

    // Pieces, in logical coordinates (kitchen_painter.cpp, kitchen_rooms.cpp).
    void paintHeader(QPainter& p, const QRectF& r, const SceneState& s);
    void paintBurners(QPainter& p, const QRectF& r, const SceneState& s);
    void paintTickets(QPainter& p, const QRectF& r, const SceneState& s);
    void paintPass(QPainter& p, const QRectF& r, const SceneState& s);
    void paintKitchens(QPainter& p, const QRectF& r, const SceneState& s);
    void paintLegend(QPainter& p, const QRectF& r, const SceneState& s);

    /// A chef at r (sprite box), apron in the state's colour, with the state's badge.
    /// words: the chef stands alone (room to its left), so a preemption is also said in words.
    void paintChef(QPainter& p, const QRectF& r, const ChefView& c, bool cooking,
                   bool label = true, bool words = false);
    /// The chef's own switch counts as two pills (voluntary, involuntary) from (x, y).
    /// Returns the width used; 0 when the recording has no per-chef counts.
    double paintSwitches(QPainter& p, QPointF anchor, double height, const ChefView& c,
                         bool centred = false);
    /// The "preempted" mark over a chef's sprite while it lasts (fades out).
    void paintPreempted(QPainter& p, const QRectF& chef, const ChefView& c, bool words);
    /// The state's icon in a coloured disc (flame, crate, timer, knife, z, tick).
    void paintBadge(QPainter& p, const QPointF& centre, double radius, core::ChefState s,
                    bool blocked = false);

    // The shared kitchen (kitchen_share.cpp): tools in hand, the thought of the tool a
    // chef waits for, the dish a waiter carries, the whiteboard, and the deadlock.
    /// The tools c holds, in its hands; the one it waits for, in a thought bubble.
    void paintTools(QPainter& p, const QRectF& chef, const ChefView& c);
    /// The dish c carries to the pass, sized by its KB (log scale), with its size.
    void paintCarriedDish(QPainter& p, const QRectF& chef, const ChefView& c);
    /// A waiter's way out: from the chef to the room's edge towards the pass.
    void paintWayToPass(QPainter& p, const QRectF& chef, const QRectF& room);
    /// Kitchen k's whiteboard in r: the count at the end (expected, counted, lost).
    void paintWhiteboard(QPainter& p, const QRectF& r, const SceneState& s, int kitchen);
    /// Over the kitchens: a deadlock's cycle as arrows and its caption; the processes'
    /// "no board holds the total" note.
    void paintShareOverlay(QPainter& p, const QRectF& r, const SceneState& s);
    /// "0.5 KB", "12 KB", "9.8 MB".
    static QString sizeText(double kb);

    const SpriteCache& sprites() const { return m_sprites; }

    static QFont font(double px, bool bold = false);
    /// Centred text, its font shrunk until it fits r's width.
    static void drawFitted(QPainter& p, const QRectF& r, const QString& text, double px, bool bold);
    /// Rows x columns of equal cells for n rooms in r, rooms a little wider than tall
    /// and as large as they can be (our runs' kitchens and a watched program's).
    static std::pair<int, int> roomGrid(int n, const QRectF& r);
    /// Chef name as students read it: "#3".
    static QString chefName(uint32_t lane);
    /// A watched chef's thread name, else chefName.
    static QString chefLabel(const ChefView& c);
    /// What the scene shows under pos (area coordinates, as for chefRect): a chef's
    /// thread, its state and what it means; empty when nothing is there.
    QString toolTipAt(const QPointF& pos, const SceneState& s) const;
    static QString dishName(uint32_t dish);

private:
    void paintRoom(QPainter& p, const QRectF& r, const SceneState& s, int kitchen,
                   const std::vector<const ChefView*>& chefs);
    void paintLoopRoom(QPainter& p, const QRectF& r, const SceneState& s);
    /// Draws a station's icon in a box (instead of the sprite).
    using IconPainter = std::function<void(QPainter&, const QRectF&)>;
    void paintStation(QPainter& p, const QRectF& r, Sprite icon, const QString& title,
                      const std::vector<const ChefView*>& chefs, double spread = 0,
                      const IconPainter& custom = {});
    // A watched program (kitchen_watch.cpp): one room per process, its stations the
    // waits its threads take, an asyncio loop's order board, the watcher's banners.
    void paintWatchedKitchens(QPainter& p, const QRectF& r, const SceneState& s);
    void paintWatchedRoom(QPainter& p, const QRectF& r, const SceneState& s, int kitchen,
                          const std::vector<const ChefView*>& chefs);
    void paintOrderBoard(QPainter& p, const QRectF& r, const OrderBoardView& b);
    void paintWatchOverlay(QPainter& p, const QRectF& r, const SceneState& s);
    /// A banner at the bottom of r, above `above` (the previous banner's top) if set.
    QRectF paintBanner(QPainter& p, const QRectF& r, double bottom, const QString& text,
                       const QColor& edge, const QColor& fill, Sprite icon);
    void paintTaskStation(QPainter& p, const QRectF& r, Sprite icon, Sprite item,
                          const QString& title, uint32_t count,
                          const std::vector<TaskView>& shown, const QColor& colour);

    void mark(KitchenPart part, const QRectF& r) { m_parts[size_t(part)].push_back(r); }
    void paintHighlights(QPainter& p);
    void paintMostPreempted(QPainter& p, const QRectF& r, const SceneState& s);

    void paintPadlock(QPainter& p, const QPointF& centre, double radius);
    /// The icon of a watched wait drawn in r (no sprite for it): a clock with an
    /// hourglass (timed), pantry jars on a shelf (disk), a "?" (unknown), a padlock.
    void paintWaitIcon(QPainter& p, const QRectF& r, core::ChefState s, bool small);
    void paintArrow(QPainter& p, QPointF from, QPointF to, double bend, const QColor& colour,
                    const QString& label);

    SpriteCache m_sprites;
    std::vector<QRectF> m_chefRects;  // per lane, where paintChef drew it (logical coords)
    std::vector<std::pair<Sprite, QRectF>> m_stations;  // the last paint's (logical coords)
    struct WatchStation {
        int kitchen;
        core::ChefState state;
        QRectF rect;  // logical coords
    };
    std::vector<WatchStation> m_watchStations;
    QStringList m_banners;
    QStringList m_highlightNames;
    std::array<bool, size_t(KitchenPart::Count)> m_highlight{};
    std::array<std::vector<QRectF>, size_t(KitchenPart::Count)> m_parts; // logical coords
    QTransform m_toArea;  // logical canvas -> the painted area (set in paint())
    double m_pulse = 0;
    bool m_followTheme = true;
};

} // namespace kc::ui
