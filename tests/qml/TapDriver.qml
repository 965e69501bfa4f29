import QtQuick
import QtTest
import Touchpoint.TestSupport

// Drives the app's window the way a thumb does: finds what is on screen by objectName, scrolls
// it into view and taps it. Every wait has a timeout and fails the test with a message.
QtObject {
    id: driver

    required property TestCase testCase
    property Window window: null
    property int timeout: 5000

    // Everything under the window's root item, popups and menus (the overlay) included.
    function root() {
        if (!window)
            return null
        let item = window.contentItem
        while (item.parent)
            item = item.parent
        return item
    }

    // The first item on screen (visible, not being destroyed) with this objectName.
    function find(objectName, from) {
        return findWhere(item => item.objectName === objectName, from)
    }

    // The first item on screen for which matches(item) is true (for controls the screens give
    // no objectName, such as menu items).
    function findWhere(matches, from) {
        const start = from || root()
        if (!start)
            return null
        const kids = start.children
        for (let i = 0; i < kids.length; ++i) {
            const child = kids[i]
            if (!child.visible)
                continue
            if (matches(child))
                return child
            const found = findWhere(matches, child)
            if (found)
                return found
        }
        return null
    }

    function waitFor(objectName, timeoutMs) {
        testCase.tryVerify(() => find(objectName) !== null, timeoutMs || timeout,
                           "\"" + objectName + "\" did not appear on screen")
        return find(objectName)
    }

    function waitGone(objectName, timeoutMs) {
        testCase.tryVerify(() => find(objectName) === null, timeoutMs || timeout,
                           "\"" + objectName + "\" is still on screen")
    }

    // The nearest Flickable (or ListView) that scrolls this item up and down (a horizontal
    // ListView, such as a TabBar's, does not count).
    function scrollerOf(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.flicking !== undefined && p.contentItem !== undefined
                    && p.orientation !== ListView.Horizontal)
                return p
        }
        return null
    }

    function inView(item, scroller) {
        const top = item.mapToItem(scroller, 0, 0).y
        return top >= 0 && top + item.height <= scroller.height
    }

    // Scrolls every enclosing Flickable until the whole item is inside its viewport.
    function scrollIntoView(item) {
        for (let scroller = scrollerOf(item); scroller; scroller = scrollerOf(scroller)) {
            const s = scroller
            for (let attempt = 0; attempt < 20 && !inView(item, s); ++attempt) {
                const top = item.mapToItem(s, 0, 0).y
                const lowest = s.originY - s.topMargin
                const highest = Math.max(lowest, s.originY + s.contentHeight + s.bottomMargin - s.height)
                const wanted = s.contentY + top - Math.max(0, (s.height - item.height) / 3)
                s.contentY = Math.max(lowest, Math.min(highest, wanted))
                testCase.wait(10) // let a ListView lay its delegates out again
            }
            testCase.verify(inView(item, s), "cannot scroll \"" + item.objectName + "\" into view")
        }
    }

    // Waits until the item stopped moving: layouts place new items a frame after they appear,
    // and a tap before that lands on whatever is at the item's old place.
    function waitSettled(item, what) {
        for (let p = item; p; p = p.parent)
            testCase.waitForItemPolished(p, timeout)
        let last = ""
        testCase.tryVerify(() => {
            const p = item.mapToItem(null, 0, 0)
            const now = [p.x, p.y, item.width, item.height].join(",")
            const same = now === last
            last = now
            return same && item.width > 0 && item.height > 0
        }, timeout, "\"" + what + "\" does not settle on screen")
    }

    function tapItem(item, what) {
        testCase.verify(item !== null, "nothing to tap for " + what)
        waitSettled(item, what)
        scrollIntoView(item)
        waitSettled(item, what)
        testCase.verify(item.enabled, "\"" + what + "\" is disabled")
        testCase.mouseClick(item)
    }

    function tap(objectName) {
        const item = waitFor(objectName)
        tapItem(item, objectName)
        return item
    }

    // The objectNames an answer button may have: "choice_<item>_<value>" for yes/no, scale,
    // NPS, choice and checklist; older screens named them yes_/no_/scale_/option_/check_.
    function answerNames(itemId, value) {
        const current = "choice_" + itemId + "_" + value
        if (value === true)
            return [current, "yes_" + itemId]
        if (value === false)
            return [current, "no_" + itemId]
        if (typeof value === "number")
            return [current, "scale_" + itemId + "_" + value]
        return [current, "option_" + itemId + "_" + value, "check_" + itemId + "_" + value]
    }

    function findAnswer(itemId, value) {
        for (const name of answerNames(itemId, value)) {
            const item = find(name)
            if (item)
                return item
        }
        return null
    }

    // Taps the button (or check box) that answers this item with this value.
    function tapAnswer(itemId, value) {
        testCase.tryVerify(() => findAnswer(itemId, value) !== null, timeout,
                           "no button answers " + itemId + " with " + value)
        const item = findAnswer(itemId, value)
        tapItem(item, itemId + " = " + value)
        return item
    }

    // A key on the desk's keyboard, to the window's focused item.
    function key(key, modifiers) {
        TestProbe.keyClick(window, key, modifiers || 0)
        testCase.wait(0)
    }

    // Taps a field and types text into it, one key at a time.
    function type(objectName, text) {
        const field = tap(objectName)
        testCase.tryVerify(() => field.activeFocus, timeout, "\"" + objectName + "\" did not take the focus")
        for (let i = 0; i < text.length; ++i)
            testCase.keyClick(text[i])
        return field
    }

    // Waits until the questions list has made a card for every question of the section. The
    // list makes the cards beyond the screen asynchronously; a thumb is never fast enough to
    // change the section before it is done, but a test is (and Qt then warns
    // "DelegateModel::cancel: index out range").
    function waitQuestionsLoaded() {
        const list = waitFor("questionList")
        testCase.tryVerify(() => {
            let cards = 0
            const kids = list.contentItem.children
            for (let i = 0; i < kids.length; ++i) {
                if (kids[i].objectName.indexOf("question_") === 0)
                    ++cards
            }
            return list.count > 0 && cards === list.count
        }, timeout, "the questions of the section were not all made")
    }

    // Waits until the app shows this screen (its page objectName).
    function waitScreen(pageName) {
        return waitFor(pageName, 8000)
    }
}
