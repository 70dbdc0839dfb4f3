# foedus scenario, obligations, simulate and audit as data frames.

foedus_scenario <- function(on = NULL, attack, policy = NULL, honour = NULL, include_uncertain = FALSE,
                            include_contested = FALSE, sovereignty = NULL, data = NULL) {
  j <- foedus_json(c("scenario", engine_args(on, attack, policy, honour, include_uncertain,
                                             include_contested, sovereignty, data)))
  template <- data.frame(side = character(), ccode = integer(), abbreviation = character(), name = character(),
    step = integer(), cause = character(), treaty = character(), article = character(),
    beneficiary_ccode = integer(), against_ccode = integer(), policy = character(), stringsAsFactors = FALSE)
  rows <- list()
  for (side in c("attackers", "defenders")) {
    for (m in j$sides[[side]]) {
      r <- m$reasons[[length(m$reasons)]]
      rows[[length(rows) + 1]] <- c(list(side = sub("s$", "", side)), state_cols(m$state, ""), list(
        step = r$step, cause = r$cause, treaty = r$treaty$id, article = r$article,
        beneficiary_ccode = r$beneficiary$ccode, against_ccode = r$against$ccode, policy = r$policy))
    }
  }
  df <- rows_to_df(rows, template)
  attr(df, "foedus") <- j
  df
}

obligation_template <- function() {
  data.frame(attack = integer(), obligor_ccode = integer(), obligor = character(), beneficiary_ccode = integer(),
    beneficiary = character(), adversary_ccode = integer(), adversary = character(), kind = character(),
    strength = character(), status = character(), treaty = character(), article = character(),
    quote_status = character(), verified = logical(), carried_forward = logical(), source = character(),
    stringsAsFactors = FALSE)
}

obligation_rows <- function(obligations) {
  lapply(obligations, function(o) list(
    attack = o$attack, obligor_ccode = o$obligor$ccode, obligor = o$obligor$abbreviation,
    beneficiary_ccode = o$beneficiary$ccode, beneficiary = o$beneficiary$abbreviation,
    adversary_ccode = o$adversary$ccode, adversary = o$adversary$abbreviation, kind = o$kind,
    strength = o$strength, status = o$status, treaty = o$treaty$id, article = o$article,
    quote_status = o$quoteStatus, verified = o$verified, carried_forward = o$carriedForward, source = o$source))
}

foedus_obligations <- function(on = NULL, attack, policy = NULL, honour = NULL, include_uncertain = FALSE,
                               include_contested = FALSE, sovereignty = NULL, data = NULL) {
  j <- foedus_json(c("obligations", engine_args(on, attack, policy, honour, include_uncertain,
                                                include_contested, sovereignty, data)))
  df <- rows_to_df(obligation_rows(j$obligations), obligation_template())
  attr(df, "foedus") <- j
  df
}

foedus_simulate <- function(on = NULL, attack, runs = 1000L, seed = 1L, policy = NULL, honour = NULL,
                            include_uncertain = FALSE, include_contested = FALSE, sovereignty = NULL,
                            data = NULL, priors = NULL, capabilities = NULL) {
  a <- c("simulate", engine_args(on, attack, policy, honour, include_uncertain, include_contested,
                                 sovereignty, data),
         "--runs", format(as.integer(runs)), "--seed", format(seed, scientific = FALSE))
  if (!is.null(priors)) a <- c(a, "--priors", priors)
  if (!is.null(capabilities)) a <- c(a, "--capabilities", capabilities)
  j <- foedus_json(a)
  template <- data.frame(ccode = integer(), abbreviation = character(), name = character(),
    p_attackers = numeric(), p_attackers_low = numeric(), p_attackers_high = numeric(),
    p_defenders = numeric(), p_defenders_low = numeric(), p_defenders_high = numeric(), stringsAsFactors = FALSE)
  rows <- lapply(j$result$states, function(s) c(state_cols(s$state, ""), list(
    p_attackers = s$attackers$value, p_attackers_low = s$attackers$low, p_attackers_high = s$attackers$high,
    p_defenders = s$defenders$value, p_defenders_low = s$defenders$low, p_defenders_high = s$defenders$high)))
  df <- rows_to_df(rows, template)
  attr(df, "foedus") <- j
  df
}

foedus_audit <- function(on = NULL, add = NULL, remove = NULL, accede = NULL, withdraw = NULL, deploy = NULL,
                         tolerance = NULL, runs = 0L, seed = 1L, data = NULL, capabilities = NULL) {
  a <- c("audit")
  if (!is.null(on)) a <- c(a, "--on", as.character(on))
  for (x in list(c("--add", add), c("--remove", remove), c("--accede", accede), c("--withdraw", withdraw),
                 c("--deploy", deploy))) if (length(x) == 2) a <- c(a, x)
  if (!is.null(tolerance)) a <- c(a, "--tolerance", format(tolerance))
  a <- c(a, "--runs", format(as.integer(runs)), "--seed", format(seed, scientific = FALSE))
  for (d in data) a <- c(a, "--data", d)
  if (!is.null(capabilities)) a <- c(a, "--capabilities", capabilities)
  j <- foedus_json(a)
  template <- data.frame(reading = character(), holds = logical(), outcome = character(), ccode = integer(),
    abbreviation = character(), name = character(), before = numeric(), after = numeric(), delta = numeric(),
    stringsAsFactors = FALSE)
  rows <- list()
  for (r in j$readings) for (outcome in c("winners", "losers")) for (s in r[[outcome]]) {
    rows[[length(rows) + 1]] <- c(list(reading = r$reading, holds = r$holds, outcome = sub("s$", "", outcome)),
      state_cols(s$state, ""), list(before = s$before, after = s$after, delta = s$delta))
  }
  df <- rows_to_df(rows, template)
  attr(df, "foedus") <- j
  df
}
