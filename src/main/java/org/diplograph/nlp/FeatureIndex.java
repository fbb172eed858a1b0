package org.diplograph.nlp;

import java.lang.reflect.Field;
import java.util.List;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import it.unimi.dsi.fastutil.objects.AbstractObject2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.ObjectSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of NLP4J's feature tables (feature string to feature number), read the way the parser reads it: the same
 * numbers, found with about one memory access where NLP4J's own table needs several.
 *
 * <p>Why: profiling an ingest (Java Flight Recorder) put half of the dependency parse, and so a third of extraction, in
 * {@code FeatureMap.index}. It asks each of its fastutil 7 {@code Object2IntOpenHashMap}s with
 * {@code Map.getOrDefault}, which fastutil 7 does not override: {@code get} probes once to know whether the key is
 * there and again for its value, then {@code getOrDefault} probes a third time when it is not. Each probe walks a
 * linear-probing run at a load of 0.75 and compares the feature string with every key on the way, and every key is
 * a string of its own somewhere in the heap: one cache miss per key passed. Most features of a sentence are not in the
 * model, so most lookups are misses that walk a whole run, three times.
 * <p>This table keeps, beside each key, its hash and its number in one {@code long}, at a load of at most one half:
 * a lookup walks a short run of longs side by side in memory, and compares strings only when the hash is the same.
 * It answers {@code getOrDefault}, {@code getInt}, {@code get} and {@code containsKey} exactly as the map it was made
 * from; anything else (its size, its entries, and any change, which only training makes) goes to that map, and after a
 * change the lookups go there too.
 */
final class FeatureIndex extends AbstractObject2IntMap<String> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FeatureIndex.class);

    private final Object2IntMap<String> original;
    /** Per slot: the key's hash in the high half, its number in the low half; {@link #empty} for a free slot. */
    private final long[] entries;
    private final String[] keys;
    private final int mask;
    /** A value no slot holds, marking the free ones. */
    private final long empty;
    /** Set once the original map has been changed through this one: lookups then go to it. */
    private volatile boolean changed;

    private FeatureIndex(Object2IntMap<String> original) {
        this.original = original;
        int capacity = Integer.highestOneBit(Math.max(4, original.size() * 2 - 1)) << 1; // load at most 1/2
        this.entries = new long[capacity];
        this.keys = new String[capacity];
        this.mask = capacity - 1;
        long[] packed = new long[original.size()];
        String[] names = new String[original.size()];
        int n = 0;
        for (Object2IntMap.Entry<String> e : original.object2IntEntrySet()) {
            names[n] = e.getKey();
            packed[n] = pack(e.getKey().hashCode(), e.getIntValue());
            n++;
        }
        long free = Long.MIN_VALUE;
        while (contains(packed, n, free)) {
            free++;
        }
        this.empty = free;
        java.util.Arrays.fill(entries, free);
        for (int i = 0; i < n; i++) {
            int pos = mix(names[i].hashCode()) & mask;
            while (keys[pos] != null) {
                pos = (pos + 1) & mask;
            }
            keys[pos] = names[i];
            entries[pos] = packed[i];
        }
        defaultReturnValue(original.defaultReturnValue());
    }

    private static boolean contains(long[] values, int n, long v) {
        for (int i = 0; i < n; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static long pack(int hash, int value) {
        return (long) hash << 32 | (value & 0xFFFF_FFFFL);
    }

    private static int mix(int h) {
        int x = h * 0x9E37_79B9;
        return x ^ (x >>> 16);
    }

    /**
     * Replaces the feature tables of a component loaded for decoding by tables of this kind, and says how many it
     * replaced. A component whose tables cannot be reached (another NLP4J) is left as it is: slower, same parse.
     */
    static int install(OnlineComponent<?, ?> component) {
        try {
            FeatureTemplate<?, ?> template = component.getFeatureTemplate();
            if (template == null) {
                return 0;
            }
            Field field = FeatureTemplate.class.getDeclaredField("feature_map");
            field.setAccessible(true);
            FeatureMap map = (FeatureMap) field.get(template);
            if (map == null) {
                return 0;
            }
            List<Object2IntMap<String>> tables = map.getIndexMaps();
            int replaced = 0;
            for (int i = 0; i < tables.size(); i++) {
                Object2IntMap<String> t = tables.get(i);
                if (t != null && !(t instanceof FeatureIndex) && !t.containsKey(null)) {
                    tables.set(i, new FeatureIndex(t));
                    replaced++;
                }
            }
            return replaced;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("NLP4J's feature tables of {} kept as they are: {}", component.getClass().getSimpleName(), e.toString());
            return 0;
        }
    }

    /** The slot of this key, or -1. */
    private int slot(Object k) {
        int h = k.hashCode();
        int pos = mix(h) & mask;
        for (long e = entries[pos]; e != empty; e = entries[pos]) {
            if ((int) (e >>> 32) == h && k.equals(keys[pos])) {
                return pos;
            }
            pos = (pos + 1) & mask;
        }
        return -1;
    }

    @Override
    public Integer getOrDefault(Object key, Integer defaultValue) {
        if (changed || !(key instanceof String)) {
            return original.getOrDefault(key, defaultValue);
        }
        int s = slot(key);
        return s < 0 ? defaultValue : Integer.valueOf((int) entries[s]);
    }

    @Override
    public int getInt(Object key) {
        if (changed || !(key instanceof String)) {
            return original.getInt(key);
        }
        int s = slot(key);
        return s < 0 ? defRetValue : (int) entries[s];
    }

    @Override
    public Integer get(Object key) {
        if (changed || !(key instanceof String)) {
            return original.get(key);
        }
        int s = slot(key);
        return s < 0 ? null : Integer.valueOf((int) entries[s]);
    }

    @Override
    public boolean containsKey(Object key) {
        if (changed || !(key instanceof String)) {
            return original.containsKey(key);
        }
        return slot(key) >= 0;
    }

    @Override
    public int size() {
        return original.size();
    }

    @Override
    public ObjectSet<Object2IntMap.Entry<String>> object2IntEntrySet() {
        return original.object2IntEntrySet();
    }

    @Override
    public int put(String key, int value) {
        changed = true;
        return original.put(key, value);
    }

    @Override
    public int removeInt(Object key) {
        changed = true;
        return original.removeInt(key);
    }

    @Override
    public void clear() {
        changed = true;
        original.clear();
    }

    @Override
    public void defaultReturnValue(int rv) {
        super.defaultReturnValue(rv);
        original.defaultReturnValue(rv);
    }
}
