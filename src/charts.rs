//! Stage 5: charts drawn with plotters on any DrawingArea (PNG, SVG, notebook).
