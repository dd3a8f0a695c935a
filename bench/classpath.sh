# Sourced by the benchmark scripts: compiles the test classes (the in-process harnesses live there) and sets
# CP to the test classpath, Jena's command-line tools included.
mvn -B -q -Dstyle.color=never -DskipTests test-compile
CP=$(mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout \
  | sed "s/\x1b\[[0-9;]*m//g")
CP="target/test-classes:target/classes:$CP"
