// Programmes of study are not signed instruments (SPEC: documents): "a joint master's programme in
// logistics", "a training programme for diplomats", "the PhD programme on climate". A programme is
// one when a word of its name says what kind of course it is: a closed class, the degrees and the
// kinds of teaching. "Cultural Exchange Programme", "programme of cooperation" are instruments.

const STUDY_WORD =
  /^(?:master'?s?|master’s|bachelor'?s?|bachelor’s|doctoral|doctorate|ph\.?d\.?|mba|degree|postgraduate|post-graduate|undergraduate|graduate|training|retraining|study|studies|course|courses|internship|apprenticeship|scholarship|fellowship|mentoring|mentorship|curriculum|e-learning|learning|teaching|tuition)$/iu;

/** Does a programme's name (its modifiers, as written) make it a programme of study? */
export function isStudyProgramme(head: string, modifiers: string[]): boolean {
  return /^programm?es?$|^programs?$/iu.test(head) && modifiers.some((w) => STUDY_WORD.test(w));
}
