# Steps and honest counting for scripts/test.sh (sourced; tests/scripts/steps.test.mjs runs it with fake runners).
# step NAME RUNNER COMMAND...: runs a step, keeps its log in $LOGS, counts its tests. RUNNER is dotnet|node|vitest (a
# test runner whose summary is read by scripts/lib/test-summary.mjs) or none (a build or lint step).
# A test step whose runner printed no summary, ran zero tests, or exited non-zero while reporting no failure counts
# as one failed test, whatever other steps did; cancelled tests count as failed, todo tests as skipped.
# not_run NAME WHY: a step left out because what it would run failed to build (no stale binaries); one failed test.
# finish: prints the totals, ending with 'N passed, N failed, N skipped'; returns non-zero unless all is green.
passed=0; failed=0; skipped=0; cancelled=0; todo=0; broken=()
SUMMARY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/test-summary.mjs"

fail_step() { # fail_step NAME REASON
  failed=$((failed + 1)); broken+=("$1"); echo "    counted as 1 failed: $2"
}

step() {
  local name="$1" runner="$2"; shift 2
  echo "==> $name"
  local start=$SECONDS log="$LOGS/$name.log" rc=0
  "$@" > "$log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then
    echo "    ok ($((SECONDS - start)) s)"
  else
    echo "    FAILED, exit $rc ($((SECONDS - start)) s) — last lines of $log:"
    tail -40 "$log" | sed 's/^/    | /'
  fi
  if [ "$runner" = none ]; then
    [ "$rc" -ne 0 ] && fail_step "$name" "exit $rc"
    return "$rc"
  fi
  local p f s c t n
  read -r p f s c t n < <(node "$SUMMARY" "$runner" "$log" || echo "0 0 0 0 0 0")
  passed=$((passed + p)); failed=$((failed + f + c)); skipped=$((skipped + s + t)); cancelled=$((cancelled + c)); todo=$((todo + t))
  echo "    $p passed, $f failed, $s skipped, $c cancelled, $t todo"
  if [ "$n" -eq 0 ]; then fail_step "$name" "the runner printed no summary"
  elif [ $((p + f + s + c + t)) -eq 0 ]; then fail_step "$name" "the runner ran no tests"
  elif [ "$rc" -ne 0 ] && [ $((f + c)) -eq 0 ]; then fail_step "$name" "exit $rc with no failed test reported"
  elif [ $((f + c)) -gt 0 ]; then broken+=("$name")
  fi
  return "$rc"
}

not_run() {
  echo "==> $1"; fail_step "$1" "not run: $2"
}

finish() {
  echo
  [ ${#broken[@]} -gt 0 ] && echo "Steps failed: ${broken[*]}"
  [ $((cancelled + todo)) -gt 0 ] && echo "($cancelled cancelled counted as failed, $todo todo counted as skipped)"
  echo "$passed passed, $failed failed, $skipped skipped"
  [ ${#broken[@]} -eq 0 ] && [ "$failed" -eq 0 ]
}
