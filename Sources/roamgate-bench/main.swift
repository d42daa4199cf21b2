// roamgate-bench: one subcommand per figure, JSON lines out (Benchmarks/README.md).
import Foundation

print("usage: roamgate-bench <suite|sessions|replay|chargers|http|validate>")
exit(64)
