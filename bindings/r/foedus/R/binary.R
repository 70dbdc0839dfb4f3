# Finding and calling the foedus binary.

foedus_candidates <- function() {
  opt <- getOption("foedus.binary")
  env <- Sys.getenv("FOEDUS_BIN")
  path <- Sys.which("foedus")
  list(option = if (is.null(opt)) "" else as.character(opt), env = env, path = unname(path))
}

foedus_binary <- function() {
  c <- foedus_candidates()
  for (p in c(c$option, c$env, c$path)) {
    if (nzchar(p) && file.exists(p) && !dir.exists(p) && file.access(p, 1) == 0) {
      return(normalizePath(p))
    }
  }
  stop(sprintf(paste0(
    "cannot find the foedus binary: option foedus.binary is %s, environment variable FOEDUS_BIN is %s, ",
    "and 'foedus' is %s on PATH; set one of them to an executable foedus ",
    "(e.g. options(foedus.binary = \"/path/to/foedus\"))"),
    if (nzchar(c$option)) sprintf("'%s' (not an executable file)", c$option) else "unset",
    if (nzchar(c$env)) sprintf("'%s' (not an executable file)", c$env) else "unset",
    "not found"), call. = FALSE)
}

foedus_available <- function() {
  !inherits(try(foedus_binary(), silent = TRUE), "try-error")
}

# Runs foedus with args; returns stdout as one string. A non-zero exit status becomes an R error carrying the
# CLI's message (its JSON error object when there is one).
foedus_run <- function(args) {
  bin <- foedus_binary()
  out <- tempfile("foedus-out-")
  err <- tempfile("foedus-err-")
  on.exit(unlink(c(out, err)), add = TRUE)
  status <- suppressWarnings(system2(bin, shQuote(args), stdout = out, stderr = err))
  stdout <- if (file.exists(out)) paste(readLines(out, warn = FALSE, encoding = "UTF-8"), collapse = "\n") else ""
  if (!identical(as.integer(status), 0L)) {
    msg <- if (file.exists(err)) paste(readLines(err, warn = FALSE, encoding = "UTF-8"), collapse = "\n") else ""
    code <- NA_character_
    parsed <- try(jsonlite::fromJSON(msg, simplifyVector = FALSE), silent = TRUE)
    if (!inherits(parsed, "try-error") && is.list(parsed) && !is.null(parsed$error)) {
      code <- parsed$error$code
      msg <- parsed$error$message
    }
    cond <- structure(class = c("foedus_error", "error", "condition"),
      list(message = sprintf("foedus %s: %s", args[1], msg), call = NULL, code = code, status = status))
    stop(cond)
  }
  stdout
}

foedus_json <- function(args) {
  jsonlite::fromJSON(foedus_run(c(args, "--json")), simplifyVector = FALSE)
}

# Options shared by scenario, obligations and simulate.
engine_args <- function(on, attack, policy, honour, include_uncertain, include_contested, sovereignty, data) {
  a <- character()
  if (!is.null(on)) a <- c(a, "--on", as.character(on))
  for (x in attack) a <- c(a, "--attack", x)
  if (!is.null(policy)) a <- c(a, "--policy", policy)
  if (!is.null(honour)) a <- c(a, "--honour", honour)
  if (isTRUE(include_uncertain)) a <- c(a, "--include-uncertain")
  if (isTRUE(include_contested)) a <- c(a, "--include-contested")
  if (!is.null(sovereignty)) a <- c(a, "--sovereignty", sovereignty)
  for (d in data) a <- c(a, "--data", d)
  a
}

`%||%` <- function(a, b) if (is.null(a)) b else a

state_cols <- function(s, prefix) {
  out <- list(s$ccode %||% NA_integer_, s$abbreviation %||% NA_character_, s$name %||% NA_character_)
  names(out) <- paste0(prefix, c("ccode", "abbreviation", "name"))
  out
}

rows_to_df <- function(rows, template) {
  if (length(rows) == 0) return(template)
  cols <- lapply(names(template), function(n) {
    v <- lapply(rows, function(r) r[[n]] %||% NA)
    unlist(v, use.names = FALSE)
  })
  names(cols) <- names(template)
  df <- as.data.frame(cols, stringsAsFactors = FALSE)
  for (n in names(template)) storage.mode(df[[n]]) <- storage.mode(template[[n]])
  df
}
