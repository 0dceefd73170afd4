# Sourced by the CI scripts: JAVA_HOME set to a JDK 21 or newer (the machines' default is 17), the
# newest one installed under /usr/lib/jvm unless JAVA_HOME already names one.
pick_jdk() {
    local best="" best_major=0 dir major
    for dir in /usr/lib/jvm/*/; do
        [ -x "${dir}bin/javac" ] || continue
        major=$("${dir}bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="${dir%/}" best_major="$major"
        fi
    done
    [ -n "$best" ] || { echo "CI needs a JDK 21 or newer under /usr/lib/jvm" >&2; exit 1; }
    echo "$best"
}
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(pick_jdk)
fi
export JAVA_HOME
