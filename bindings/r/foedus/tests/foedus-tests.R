# Tests against the real binary (FOEDUS_BIN). Without a binary they are skipped, unless FOEDUS_REQUIRE_BINARY=1
# (bindings/check sets it), when that is a failure.
library(foedus)
if (!foedus_available()) {
  if (identical(Sys.getenv("FOEDUS_REQUIRE_BINARY"), "1")) stop("no foedus binary; set FOEDUS_BIN")
  message("no foedus binary: tests skipped")
  quit(save = "no")
}
Sys.setenv(FOEDUS_TODAY = "2026-01-01")
tmp <- tempfile("foedus-tests-")
dir.create(tmp)

# The binary is found through the option first; a bad option and env give an error naming all three.
old <- Sys.getenv("FOEDUS_BIN")
options(foedus.binary = "/nonexistent/foedus")
Sys.setenv(FOEDUS_BIN = "/also/missing")
oldpath <- Sys.getenv("PATH")
Sys.setenv(PATH = tmp)
e <- tryCatch(foedus_binary(), error = function(e) conditionMessage(e))
stopifnot(grepl("option foedus.binary is '/nonexistent/foedus'", e, fixed = TRUE),
          grepl("FOEDUS_BIN is '/also/missing'", e, fixed = TRUE), grepl("on PATH", e, fixed = TRUE))
Sys.setenv(PATH = oldpath, FOEDUS_BIN = old)
options(foedus.binary = NULL)

# A CLI error becomes an R error with the CLI's message and code.
e <- tryCatch(foedus_scenario(on = "2026-01-01", attack = "XYZ:PRK"), foedus_error = function(e) e)
stopifnot(inherits(e, "foedus_error"), identical(e$code, "unknownState"), grepl("unknown state 'XYZ'", e$message))

# The US attacks North Korea. On 2024-09-01 the Russia-DPRK treaty of 2024 is signed but not in force
# (in force 2024-12-04): Russia stays out; on 2026-01-01 it defends under Article 4.
s <- foedus_scenario(on = "2024-09-01", attack = "USA:PRK")
stopifnot(identical(s$side, c("attacker", "defender", "defender", "defender")),
          identical(s$ccode, c(2L, 731L, 40L, 710L)),
          identical(s$cause, c("aggressor", "victim", "defense", "defense")),
          identical(s$treaty, c(NA, NA, "ATOP-3975", "CHN-PRK-1961")),
          identical(s$article, c(NA, NA, "ATOP DEFENSE (phase 0)", "II")),
          !(365L %in% s$ccode))
s <- foedus_scenario(on = "2026-01-01", attack = "USA:PRK")
r <- s[s$ccode == 365L, ]
stopifnot(nrow(r) == 1, r$side == "defender", r$cause == "defense", r$treaty == "RUS-PRK-2024", r$article == "4",
          r$beneficiary_ccode == 731L, r$against_ccode == 2L, r$name == "Russia")

# Obligations: China's automatic defence duty to the DPRK under Art. II of the 1961 treaty, binding.
o <- foedus_obligations(on = "2024-09-01", attack = "USA:PRK")
chn <- o[o$obligor_ccode == 710L & o$kind == "defense", ]
stopifnot(nrow(chn) == 1, chn$treaty == "CHN-PRK-1961", chn$article == "II", chn$strength == "automatic",
          chn$status == "binding", chn$beneficiary == "PRK", chn$adversary == "USA", isTRUE(chn$verified),
          !any(o$obligor_ccode == 365L & o$kind == "defense"))
stopifnot(identical(names(o), c("attack", "obligor_ccode", "obligor", "beneficiary_ccode", "beneficiary",
  "adversary_ccode", "adversary", "kind", "strength", "status", "treaty", "article", "quote_status", "verified",
  "carried_forward", "source")))

# Simulate: the aggressor and the victim always on their sides; Russia, China, Cuba join the defenders only.
m <- foedus_simulate(on = "2026-01-01", attack = "USA:PRK", runs = 200, seed = 1)
stopifnot(identical(m$ccode, c(2L, 40L, 365L, 710L, 731L)),
          identical(m$p_attackers, c(1, 0, 0, 0, 0)),
          m$p_defenders[m$ccode == 731L] == 1, m$p_defenders[m$ccode == 2L] == 0,
          all(m$p_defenders[m$ccode %in% c(40L, 365L, 710L)] > 0),
          all(m$p_defenders_low <= m$p_defenders + 1e-12 & m$p_defenders <= m$p_defenders_high + 1e-12))

# Audit: removing the 1847 Austria-Modena alliance (ATOP 1125) on 1850-06-01: Modena, its only other party,
# loses under every reading; nobody gains.
a <- foedus_audit(on = "1850-06-01", remove = "ATOP-1125")
stopifnot(identical(a$reading, c("strict", "treaty", "chain", "dyadic")), all(a$outcome == "loser"),
          all(a$ccode == 332L), all(!a$holds), all(a$delta < 0), all(abs(a$after - a$before - a$delta) < 1e-12))

# add_foedus_obligations on a dyad-year frame: rows and order kept, ATOP columns added.
d <- data.frame(ccode1 = c(2, 200, 2, 2), ccode2 = c(365, 255, 20, 999), year = c(1980, 1914, 1950, 1950), x = 1:4)
j <- add_foedus_obligations(d, columns = c("atop_defense", "atop_alliance", "atopids"))
stopifnot(identical(j$x, 1:4), identical(j$atop_defense, c(0L, 0L, 1L, NA)),
          identical(j$atop_alliance, c(1L, 0L, 1L, NA)), identical(j$atopids, c("3740", "", "3180", NA)))
e <- tryCatch(add_foedus_obligations(j), error = function(e) conditionMessage(e))
stopifnot(grepl("already has column", e))
# ... and on a state-year frame.
sy <- add_foedus_obligations(data.frame(ccode = c(2L, 365L), year = c(1980L, 1914L)), columns = "atop_defense")
stopifnot(identical(sy$atop_defense, c(1L, 1L)))

# add_foedus_similarity: US-Soviet S in 1980 is 0.256410 (docs/similarity.md); symmetric; past 2018 from the
# carried ATOP and curated treaties (foedus similarity --year 2020 USA RUS: 0.388034); NA outside coverage.
sim <- add_foedus_similarity(data.frame(ccode1 = c(2, 365, 2, 2), ccode2 = c(365, 2, 365, 365),
                                        year = c(1980, 1980, 2020, 1800)),
                             measures = c("s_absolute", "tau_b"))
stopifnot(abs(sim$s_absolute[1] - 0.256410256) < 1e-8, identical(sim$s_absolute[1], sim$s_absolute[2]),
          abs(sim$s_absolute[3] - 0.388034188) < 1e-6, is.na(sim$s_absolute[4]), is.na(sim$tau_b[4]))

# The worked example: the share of dyad-years with a defence pact by decade, from the package, equals the
# share computed from the exported CSV read with read.csv.
dy <- foedus_dyad_years(1820, 1939, directed = FALSE)
dy$decade <- dy$year %/% 10 * 10
share <- aggregate(atop_defense ~ decade, data = dy, FUN = mean)
csv <- file.path(tmp, "dyads.csv")
stopifnot(system2(foedus:::foedus_binary(), c("export", "dyad-years", "--from", "1820", "--to", "1939",
                                               "--nondirected", "--output", shQuote(csv)), stderr = FALSE) == 0)
lines <- readLines(csv, n = 20)
raw <- read.csv(csv, skip = sum(cumprod(startsWith(lines, "#"))))
raw$decade <- raw$year %/% 10 * 10
direct <- aggregate(atop_defense ~ decade, data = raw, FUN = mean)
stopifnot(identical(share, direct), nrow(share) == 12, share$decade[1] == 1820)
# The same through the verb on a frame with only the keys, shuffled.
keys <- raw[sample(nrow(raw)), c("ccode1", "ccode2", "year", "decade")]
joined <- add_foedus_obligations(keys, directed = FALSE, columns = "atop_defense")
stopifnot(isTRUE(all.equal(aggregate(atop_defense ~ decade, data = joined, FUN = mean), direct)))
print(share)
unlink(tmp, recursive = TRUE)
