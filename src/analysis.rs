//! Stage 4: reconciled attacks, interception rates and attack-size trends (polars).
