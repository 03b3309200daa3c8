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

class QPainter;

namespace kc::ui {

/// Threading: GUI thread (owns a pixmap cache).
class KitchenPainter {
    Q_DECLARE_TR_FUNCTIONS(kc::ui::KitchenPainter)
public:
    void paint(QPainter& p, const QRectF& area, const SceneState& s);

    // Pieces, in logical coordinates (kitchen_painter.cpp, kitchen_rooms.cpp).
    void paintHeader(QPainter& p, const QRectF& r, const SceneState& s);
    void paintBurners(QPainter& p, const QRectF& r, const SceneState& s);
    void paintTickets(QPainter& p, const QRectF& r, const SceneState& s);
    void paintPass(QPainter& p, const QRectF& r, const SceneState& s);
    void paintKitchens(QPainter& p, const QRectF& r, const SceneState& s);
    void paintLegend(QPainter& p, const QRectF& r, const SceneState& s);

    /// A chef at r (sprite box), apron in the state's colour, with the state's badge.
    void paintChef(QPainter& p, const QRectF& r, const ChefView& c, bool cooking,
                   bool label = true);
    /// The state's icon in a coloured disc (flame, crate, timer, knife, z, tick).
    void paintBadge(QPainter& p, const QPointF& centre, double radius, core::ChefState s,
                    bool blocked = false);

    const SpriteCache& sprites() const { return m_sprites; }

    static QFont font(double px, bool bold = false);
    /// Centred text, its font shrunk until it fits r's width.
    static void drawFitted(QPainter& p, const QRectF& r, const QString& text, double px, bool bold);
    /// Chef name as students read it: "#3".
    static QString chefName(uint32_t lane);
    static QString dishName(uint32_t dish);

private:
    void paintRoom(QPainter& p, const QRectF& r, const SceneState& s, int kitchen,
                   const std::vector<const ChefView*>& chefs);
    void paintLoopRoom(QPainter& p, const QRectF& r, const SceneState& s);
    void paintStation(QPainter& p, const QRectF& r, Sprite icon, const QString& title,
                      const std::vector<const ChefView*>& chefs, bool compact);
    void paintTaskStation(QPainter& p, const QRectF& r, Sprite icon, Sprite item,
                          const QString& title, uint32_t count,
                          const std::vector<TaskView>& shown, const QColor& colour);

    SpriteCache m_sprites;
};

} // namespace kc::ui
