// What the Learn routes load before their pages render (see i18n/route-locale-files.ts). Kept
// apart from the pages so the route tree does not pull their code into the first chunk.
import { LESSON_IDS } from '../../smtp/lessons/lesson-ids'

// Scenario titles name the simulator steps a lesson links to.
export const learnLocaleFiles = () => ['learn', 'scenarios']

/** A lesson's own text (body, exercises) is loaded by its page only; the index shows titles and summaries. */
export const lessonLocaleFiles = (lesson: string) => [...learnLocaleFiles(), `learn/${lesson}`]

export const lessonPrerenderParams = () => LESSON_IDS.map((lesson) => ({ lesson }))
