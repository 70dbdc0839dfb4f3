# Dyad-years, state-years and the peacesciencer-style verbs.

# Reads an export as a plain CSV. Older binaries put '# ' provenance lines before the header: they are skipped.
read_export <- function(path) {
  head <- readLines(path, n = 64L, warn = FALSE)
  skip <- sum(cumprod(startsWith(head, "#")))
  header <- strsplit(head[skip + 1L], ",", fixed = TRUE)[[1]]
  classes <- ifelse(header %in% c("atopids", "stateabb", "foedus_treaties"), "character",
                    ifelse(startsWith(header, "cinc") | header %in% similarity_measures, "numeric", "integer"))
  utils::read.csv(path, skip = skip, colClasses = classes, na.strings = "", stringsAsFactors = FALSE)
}

# The last year the binary has data for: this year (FOEDUS_TODAY's when set, as the binary reads it).
foedus_last_year <- function() {
  pinned <- substr(Sys.getenv("FOEDUS_TODAY"), 1L, 4L)
  if (grepl("^[0-9]{4}$", pinned)) as.integer(pinned) else as.integer(format(Sys.Date(), "%Y"))
}

foedus_export <- function(what, from, to, extra = character()) {
  dir <- tempfile("foedus-export-")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE), add = TRUE)
  file <- file.path(dir, paste0(what, ".csv"))
  foedus_run(c("export", what, "--from", format(as.integer(from)), "--to", format(as.integer(to)), extra,
               "--output", file))
  df <- read_export(file)
  for (col in intersect(c("atopids", "foedus_treaties"), names(df))) df[[col]][is.na(df[[col]])] <- ""
  df
}

foedus_dyad_years <- function(from = 1816L, to = 2018L, directed = TRUE) {
  foedus_export("dyad-years", from, to, if (directed) "--directed" else "--nondirected")
}

foedus_state_years <- function(from = 1816L, to = 2018L) {
  foedus_export("state-years", from, to)
}

# Left join preserving data's rows and order; the new columns go to the right.
join_columns <- function(data, table, keys, columns) {
  clash <- intersect(columns, names(data))
  if (length(clash) > 0) {
    stop(sprintf("data already has column(s) %s; remove or rename them first", paste(clash, collapse = ", ")),
         call. = FALSE)
  }
  key <- function(d) do.call(paste, c(lapply(keys, function(k) as.integer(d[[k]])), sep = "\r"))
  idx <- match(key(data), key(table))
  for (col in columns) data[[col]] <- table[[col]][idx]
  data
}

add_foedus_obligations <- function(data, directed = TRUE, columns = NULL) {
  if (!is.data.frame(data)) stop("data must be a data frame", call. = FALSE)
  if (!"year" %in% names(data)) stop("data needs a column 'year'", call. = FALSE)
  dyadic <- all(c("ccode1", "ccode2") %in% names(data))
  if (!dyadic && !"ccode" %in% names(data)) {
    stop("data needs columns ccode1, ccode2 and year (dyad-years) or ccode and year (state-years)", call. = FALSE)
  }
  years <- data$year[!is.na(data$year)]
  if (length(years) == 0) stop("data has no non-missing year", call. = FALSE)
  keys <- if (dyadic) c("ccode1", "ccode2", "year") else c("ccode", "year")
  table <- if (dyadic) foedus_dyad_years(min(years), max(years), directed) else
    foedus_state_years(min(years), max(years))
  available <- setdiff(names(table), c(keys, "stateabb"))
  if (is.null(columns)) columns <- available
  unknown <- setdiff(columns, available)
  if (length(unknown) > 0) {
    stop(sprintf("columns: %s not in the export (it has %s)", paste(unknown, collapse = ", "),
                 paste(available, collapse = ", ")), call. = FALSE)
  }
  join_columns(data, table, keys, columns)
}

similarity_measures <- c("s_absolute", "s_squared", "s_weighted_absolute", "s_weighted_squared",
                         "kappa_squared", "kappa_nominal", "pi_nominal", "pi_squared", "tau_b")

foedus_similarity_year <- function(year, to = year, reference = "system", coding = "valued", directed = FALSE) {
  dir <- tempfile("foedus-export-")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE), add = TRUE)
  file <- file.path(dir, "similarity.csv")
  foedus_run(c("export", "similarity", "--year", format(as.integer(year)), "--to", format(as.integer(to)),
               "--reference", reference, "--coding", coding, if (directed) "--directed", "--output", file))
  read_export(file)
}

add_foedus_similarity <- function(data, measures = similarity_measures, reference = "system", coding = "valued") {
  if (!is.data.frame(data) || !all(c("ccode1", "ccode2", "year") %in% names(data))) {
    stop("data must be a data frame with columns ccode1, ccode2 and year", call. = FALSE)
  }
  unknown <- setdiff(measures, similarity_measures)
  if (length(unknown) > 0) {
    stop(sprintf("measures: unknown %s (known: %s)", paste(unknown, collapse = ", "),
                 paste(similarity_measures, collapse = ", ")), call. = FALSE)
  }
  clash <- intersect(measures, names(data))
  if (length(clash) > 0) {
    stop(sprintf("data already has column(s) %s; remove or rename them first", paste(clash, collapse = ", ")),
         call. = FALSE)
  }
  years <- sort(unique(as.integer(data$year[!is.na(data$year)])))
  # Past 2018 the portfolios come from the carried ATOP and curated treaties; the relevant set ends in 2018.
  last <- if (identical(reference, "relevant")) 2018L else foedus_last_year()
  years <- years[years >= 1816L & years <= last]
  # One export per year (every pair of the year), joined on the unordered pair: the measures are symmetric.
  table <- do.call(rbind, lapply(years, function(y) foedus_similarity_year(y, reference = reference, coding = coding)))
  keyed <- data.frame(ccode1 = pmin(data$ccode1, data$ccode2), ccode2 = pmax(data$ccode1, data$ccode2),
                      year = data$year)
  values <- matrix(NA_real_, nrow = nrow(data), ncol = length(measures), dimnames = list(NULL, measures))
  if (!is.null(table) && nrow(table) > 0) {
    key <- function(d) paste(as.integer(d$ccode1), as.integer(d$ccode2), as.integer(d$year), sep = "\r")
    idx <- match(key(keyed), key(table))
    for (m in measures) values[, m] <- table[[m]][idx]
  }
  for (m in measures) data[[m]] <- values[, m]
  data
}
