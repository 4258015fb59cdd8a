// Each test starts Orleans clusters of its own on a database of its own; running them one at a
// time keeps two clusters' start-up, failure detection and shutdown from competing on two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
