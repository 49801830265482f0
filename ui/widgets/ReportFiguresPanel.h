#pragma once

#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;
struct ReportFigures;

// The report's headline figures, each a large value over its caption, with a tooltip saying
// how it is computed (docs/reports.md). Each value label is named "figure_<json name>".
class ReportFiguresPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportFiguresPanel(QWidget *parent = nullptr);

    void setFigures(const ReportFigures &figures);
    QString valueText(const QString &jsonName) const; // what the figure shows now

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Figure {
        const char *jsonName; // ReportJson's name: the label's object name
        QString (*caption)();
        QString (*howComputed)();
        QString (*value)(const ReportFigures &figures);
        QLabel *valueLabel = nullptr;
        QLabel *captionLabel = nullptr;
    };
    static QList<Figure> table();
    void retranslateUi();

    QList<Figure> m_figures;
};
