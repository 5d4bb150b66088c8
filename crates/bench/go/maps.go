package main

import (
	"fmt"
	"sync"
)

const (
	mapWorkers = 4
	mapKeys    = 1024
)

// concurrentMap is the interface shared by the map implementations measured.
type concurrentMap interface {
	load(key uint64) (uint64, bool)
	store(key, value uint64)
	size() int
}

// syncMap is a sync.Map holding uint64 keys and values.
type syncMap struct{ m sync.Map }

func (s *syncMap) load(key uint64) (uint64, bool) {
	v, ok := s.m.Load(key)
	if !ok {
		return 0, false
	}
	return v.(uint64), true
}

func (s *syncMap) store(key, value uint64) { s.m.Store(key, value) }

func (s *syncMap) size() int {
	n := 0
	s.m.Range(func(_, _ any) bool { n++; return true })
	return n
}

// rwMap is a plain map guarded by a sync.RWMutex: RLock for reads, Lock for writes.
type rwMap struct {
	mu sync.RWMutex
	m  map[uint64]uint64
}

func (r *rwMap) load(key uint64) (uint64, bool) {
	r.mu.RLock()
	v, ok := r.m[key]
	r.mu.RUnlock()
	return v, ok
}

func (r *rwMap) store(key, value uint64) {
	r.mu.Lock()
	r.m[key] = value
	r.mu.Unlock()
}

func (r *rwMap) size() int { return len(r.m) }

// mapCase is a read/write mix.
type mapCase struct {
	name        string
	readPercent uint64
}

var mapCases = []mapCase{
	{"read-heavy", 95},
	{"write-heavy", 5},
	{"mixed", 50},
}

// mapImpl is a named constructor of a concurrentMap.
type mapImpl struct {
	name string
	make func() concurrentMap
}

var mapImpls = []mapImpl{
	{"sync.Map", func() concurrentMap { return &syncMap{} }},
	{"map+RWMutex", func() concurrentMap { return &rwMap{m: make(map[uint64]uint64, mapKeys)} }},
}

// runMaps measures a concurrent map under 4 workers doing n operations each
// on 1024 prefilled keys, for each read/write mix and each implementation.
// Every stored value v satisfies v%1024 == key (the prefill stores key→key),
// so every load must find its key with a value that passes that test.
func runMaps(n int) {
	ops := mapWorkers * n
	for _, c := range mapCases {
		for _, impl := range mapImpls {
			m := impl.make()
			for k := uint64(0); k < mapKeys; k++ {
				m.store(k, k)
			}
			bad := make([]int, mapWorkers)
			reads := make([]int, mapWorkers)
			ns := measure(ops, func() {
				var wg sync.WaitGroup
				wg.Add(mapWorkers)
				for w := 0; w < mapWorkers; w++ {
					go func(w int) {
						reads[w], bad[w] = mapWorker(m, uint64(w)+1, n, c.readPercent)
						wg.Done()
					}(w)
				}
				wg.Wait()
			})
			for w := 0; w < mapWorkers; w++ {
				if bad[w] != 0 {
					panic(fmt.Sprintf("maps %s %s: worker %d saw %d bad loads", c.name, impl.name, w, bad[w]))
				}
				if want, _ := mapWorker(nil, uint64(w)+1, n, c.readPercent); reads[w] != want {
					panic(fmt.Sprintf("maps %s %s: worker %d did %d reads, want %d", c.name, impl.name, w, reads[w], want))
				}
			}
			if got := m.size(); got != mapKeys {
				panic(fmt.Sprintf("maps %s %s: %d keys, want %d", c.name, impl.name, got, mapKeys))
			}
			emit("maps", c.name, impl.name, ns, "ns/op", ops)
		}
	}
}

// mapWorker does n operations on m with the xorshift64 key sequence seeded
// with seed, and returns the number of reads and of bad loads (key missing
// or value not congruent to the key). With m nil it only counts the reads.
func mapWorker(m concurrentMap, seed uint64, n int, readPercent uint64) (reads, bad int) {
	x := seed
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		key := x % mapKeys
		if (x>>32)%100 < readPercent {
			reads++
			if m == nil {
				continue
			}
			if v, ok := m.load(key); !ok || v%mapKeys != key {
				bad++
			}
		} else if m != nil {
			m.store(key, x)
		}
	}
	return reads, bad
}
