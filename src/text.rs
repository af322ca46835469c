//! Stage 1b: text normalisation, boilerplate and sentences.
