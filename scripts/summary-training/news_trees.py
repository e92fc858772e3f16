"""The news head of `auto`: gradient-boosted trees over a few sentence features, fitted on the
oracle labels of news stories, written out as flat node tables that core/src/summary/tree_ensemble.h
walks. Trees, not a linear model: what makes a sentence part of a short news summary lies in
interactions (an early sentence that is also long and central; a late one only when the lead
is weak), which a logistic regression over the same features misses.

The trees read raw feature values (no standardising): a split is "value <= threshold", so native
and WebAssembly take the same branch for the same features, and a text's logits are sums of leaf
values in a fixed order.
"""

import os

# One thread, so that sums inside the booster are made in one order (--check); on a shared
# machine it is also the faster.
os.environ['OMP_NUM_THREADS'] = '1'

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

# Features the trees leave out. The CNN/DailyMail stories are lower-cased, and what readers paste
# is not: the name tagger finds far fewer names in lower-cased text, so the features built on
# names would mean one thing in training and another in use. A title and paragraphs are never
# present in the training stories (their text is the sentences joined by spaces).
TREE_IGNORES = ('entity_density', 'name_salience', 'person', 'place', 'has_title', 'flat')


def tree_columns(names):
    return [f for f, name in enumerate(names) if name not in TREE_IGNORES]


def fit_trees(docs, names, iterations, leaves, learning_rate):
    columns = tree_columns(names)
    X = np.vstack([d['X'][:, columns] for d in docs])
    y = np.concatenate([d['y'] for d in docs])
    model = HistGradientBoostingClassifier(max_iter=iterations, max_leaf_nodes=leaves, learning_rate=learning_rate,
                                           early_stopping=False, random_state=0)
    model.fit(X, y)
    trees = flatten(model, columns)
    full = np.vstack([d['X'] for d in docs])
    if not np.allclose(tree_logits(trees, full), model.decision_function(X)):
        raise SystemExit('the flattened trees do not give the booster\'s logits: has scikit-learn\'s tree layout changed?')
    return trees


def flatten(model, columns):
    """The booster as one node table. A node is (feature, threshold, left, right, value): an inner
    node sends x to `left` when x[feature] <= threshold; a leaf (feature -1) adds `value`.
    feature indexes the model's full feature list; left and right index the table."""
    nodes, roots = [], []
    for (predictor,) in model._predictors:
        table = predictor.nodes
        base = len(nodes)
        roots.append(base)
        for node in table:
            if node['is_leaf']:
                nodes.append((-1, 0.0, 0, 0, float(node['value'])))
            else:
                nodes.append((columns[int(node['feature_idx'])], float(node['num_threshold']),
                              base + int(node['left']), base + int(node['right']), 0.0))
    bias = float(np.ravel(model._baseline_prediction)[0])
    return {'nodes': nodes, 'roots': roots, 'bias': bias}


def tree_logits(trees, X):
    """The trees' logit for each row of X (the model's full features), taking the branches the C++
    takes (tree_ensemble.h), all rows at once."""
    nodes = trees['nodes']
    feature = np.array([n[0] for n in nodes])
    threshold = np.array([n[1] for n in nodes])
    left = np.array([n[2] for n in nodes])
    right = np.array([n[3] for n in nodes])
    value = np.array([n[4] for n in nodes])
    logits = np.full(X.shape[0], trees['bias'])
    rows = np.arange(X.shape[0])
    for root in trees['roots']:
        at = np.full(X.shape[0], root)
        inner = feature[at] >= 0
        while inner.any():
            f = feature[at[inner]]
            go_left = X[rows[inner], f] <= threshold[at[inner]]
            at[inner] = np.where(go_left, left[at[inner]], right[at[inner]])
            inner = feature[at] >= 0
        logits += value[at]
    return logits
