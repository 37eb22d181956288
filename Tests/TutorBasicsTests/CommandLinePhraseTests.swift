import Testing
@testable import TutorBasics

/// The command line's English messages were literals before the catalogs; scripts and users may match them,
/// so their English text is pinned here word for word.
@Suite struct CommandLinePhraseTests {
    @Test(arguments: [
        (Phrase.unknownLesson(name: "zz", suggestions: []), "no lesson 'zz' (see 'threadtutor list')"),
        (.unknownLesson(name: "lifecyle", suggestions: ["lifecycle"]),
         "no lesson 'lifecyle' — did you mean 'lifecycle'? (see 'threadtutor list')"),
        (.unknownLesson(name: "gi", suggestions: ["gil", "gl", "i"]),
         "no lesson 'gi' — did you mean 'gil' or 'gl' or 'i'? (see 'threadtutor list')"),
        (.ambiguousLesson(name: "t", candidates: ["a", "b"]), "'t' could be any of 'a', 'b' — type more of the name"),
        (.lessonsFolderNotFound, "cannot find the lessons folder; pass --lessons DIR or set THREADTUTOR_LESSONS"),
        (.checkFolderNotFound, "cannot find the lessons folder; pass it as 'threadtutor check DIR'"),
        (.noCourseFolder(path: "/x"), "no course folder at /x"),
        (.courseWithoutLessons(folder: "/x"), "the course in /x has no lessons"),
        (.lessonWithoutDemo(lesson: "p"), "lesson 'p' has no demo"),
        (.noSuchDemo(lesson: "p", count: 2, number: 9), "lesson 'p' has 2 demos; there is no #9"),
        (.demoBroken(number: 1, lesson: "p", problems: "a\nb"), "demo #1 of 'p' is broken:\na\nb"),
        (.cannotReadScenario(path: "/x.yaml"), "cannot read scenario file /x.yaml"),
        (.scenarioProblems(problems: "a"), "the scenario has problems:\na"),
        (.timelineInvalid(issues: "a"), "the timeline is invalid:\na"),
        (.demoNeedsMoreCores(wanted: 4, machine: 2), "the demo asks for 4 cores; this machine has 2"),
        (.threadsRefused, "the system refused to start the demo's threads"),
        (.liveDemoTimedOut(seconds: 120), "the live demo did not finish within 120 s and was stopped"),
        (.fullScreenUnavailable(reason: "not a terminal"), "full screen unavailable (not a terminal); printing the lesson."),
        (.terminalCannotDraw(term: "dumb"), "TERM=dumb cannot draw a screen"),
        (.terminalUnknown(term: "x"), "ncurses cannot use TERM=x"),
        (.terminalCannotMoveCursor(term: "x"), "TERM=x cannot move the cursor"),
        (.checkSummary(lessons: 3, languages: "en", folder: "/c", problems: 1), "checked 3 lessons (en) in /c: 1 problem"),
        (.checkSummary(lessons: 18, languages: "en, ko", folder: "/c", problems: 0),
         "checked 18 lessons (en, ko) in /c: 0 problems"),
        (.listBrokenMark, "broken: run 'threadtutor check'"),
        (.frameSizeFormat, "size must look like 120x40"),
    ])
    func englishIsWordForWordAsBefore(phrase: Phrase, english: String) {
        #expect(Catalog(.en)(phrase) == english)
    }

    @Test func koreanSuggestionsAreJoinedInKorean() {
        #expect(Catalog(.ko)(.unknownLesson(name: "gi", suggestions: ["gil", "gl"]))
            == "'gi' 레슨을 찾을 수 없습니다 — 혹시 'gil' 또는 'gl'인가요? (목록은 'threadtutor list')")
    }
}
