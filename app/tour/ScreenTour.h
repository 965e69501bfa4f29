#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QQmlApplicationEngine;
class QQuickItem;
class QQuickWindow;

namespace tp::ui {
class FieldApp;
}

// Walks through every screen of the app the way a shopper and an executive would (sign-in,
// assignments, check-in, the visit, the questions, the summary, submit, history, self-audit,
// a call, discreet mode), checking that each screen appears, that no QML warning is printed
// and that no text on it is cut off. `touchpoint-tour --self-test` runs it; `--screenshots DIR`
// also keeps a PNG of each.
class ScreenTour
{
public:
    ScreenTour(tp::ui::FieldApp &app, QQmlApplicationEngine &engine,
               const QString &screenshotFolder);
    ~ScreenTour();

    int run(); // 0 when every screen appeared without a warning

private:
    struct Step
    {
        QString name;
        QString expectedPage; // objectName of the page that must be on screen
        std::function<bool()> action;
    };
    QList<Step> steps();
    QList<Step> managerSteps(); // ManagerTour.cpp: a regional manager, then a store manager
    QList<Step> deskSteps();    // DeskTour.cpp: the manager screens in a desktop window
    QList<Step> adminSteps();   // AdminTour.cpp: an admin's screens (at both sizes)
    bool signInAs(const QString &username);
    bool scrollTo(const QString &flickable, const QString &item);
    bool perform(int number, const Step &step);
    void settle(int milliseconds);
    QQuickItem *find(const QString &objectName) const;
    bool syncing() const; // the tour runs against a server (--server)
    QString assignmentState() const;
    bool waitFor(const std::function<bool()> &condition, int timeoutMs);

    tp::ui::FieldApp &m_app;
    QQmlApplicationEngine &m_engine;
    QString m_screenshotFolder;
    QString m_scratchFolder;
    QQuickWindow *m_window = nullptr;
    QStringList m_problems;
    QStringList m_cutOffTexts;
    QString m_reviewedAudit; // the audit the manager approved, for the store manager's steps
    QString m_shotPrefix;    // "desk-" for the desktop window's screenshots
};
